-- core.routing_lock: the routing lock, twin of db/functions/routing_lock.sql.
--
-- p_mode 'Exclusive' (app.set_plz_mapping, app.route_leads real runs), 'Shared'
-- (app.add_lead, app.log_event, app.assign_lead), 'Release' (nothing to do here).
-- PostgreSQL takes transaction-scoped advisory locks, released at commit or
-- rollback: its history trigger stamps now() and never fails on a row changed by
-- a younger transaction, so the lock need not come before the transaction as on
-- SQL Server (error 13535). Waits at most 30 seconds, then LB409.
-- Example: SELECT core.routing_lock('Shared');
DROP FUNCTION IF EXISTS core.routing_lock;
CREATE FUNCTION core.routing_lock(p_mode VARCHAR)
RETURNS VOID
LANGUAGE plpgsql
VOLATILE
SET lock_timeout = '30s'
AS $$
BEGIN
    IF p_mode = 'Release' THEN
        RETURN;
    END IF;
    IF p_mode IS NULL OR p_mode NOT IN ('Shared', 'Exclusive') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter mode is not supported. Use Shared, Exclusive or Release.';
    END IF;
    IF p_mode = 'Shared' THEN
        PERFORM pg_advisory_xact_lock_shared(hashtext('leadbase_routing'));
    ELSE
        PERFORM pg_advisory_xact_lock(hashtext('leadbase_routing'));
    END IF;
EXCEPTION
    WHEN lock_not_available THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409',
            MESSAGE = 'The PLZ mapping is being changed. Try again in a moment.';
END
$$;
