-- security.caller(): the active application user behind this transaction, or no row.
-- The user id comes from the transaction-scoped setting app.user_id, which the web
-- tier sets per request (set_config('app.user_id', '7', true)). It counts only for
-- members of leadbase_api: any role can set a setting, so the principal is checked too.
-- plpgsql, not sql: a SECURITY DEFINER sql function cannot be inlined and is planned
-- on every call, while a plpgsql query's plan is cached per session. The policies run
-- it (through caller_offices) once per protected table per query, so this counts
-- (bench/rls_overhead.py: about 90 us per call as sql, 24 us as plpgsql).
CREATE OR REPLACE FUNCTION security.caller()
RETURNS TABLE (user_id INTEGER, role_code VARCHAR)
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY
    SELECT u.user_id, u.role_code
    FROM core.app_user AS u
    WHERE
        u.user_id = (
            SELECT s.v::integer
            FROM (SELECT nullif(current_setting('app.user_id', TRUE), '') AS v) AS s
            WHERE s.v ~ '^[0-9]{1,9}$'
        )
        AND u.is_active
        AND pg_has_role(session_user, 'leadbase_api', 'MEMBER');
END
$$;
