-- security.caller(): the active application user behind this transaction, or no row.
-- Who the caller is depends on the login (session_user), never on the login's say alone:
--   1. an open break-glass session of this login that names a user to act as
--      (security.open_break_glass p_act_as_user_id; logged with its reason);
--   2. a DBA's login mapped in security.dba_login_user: that user, whatever app.user_id
--      says;
--   3. the web tier's login (a member of leadbase_web): the user named by the
--      transaction-scoped setting app.user_id, which the web tier sets per request
--      (set_config('app.user_id', '7', true)). Any role can set a setting, so only
--      leadbase_web members are believed.
-- The user must be active. Anything else: no row (fail closed).
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
        u.is_active
        AND u.user_id = coalesce(
            (
                SELECT g.act_as_user_id
                FROM security.break_glass_log AS g
                WHERE
                    g.break_glass_id::text = current_setting('app.break_glass_id', TRUE)
                    AND g.login_name = session_user
                    AND g.expires_at > now()
            ),
            (
                SELECT d.user_id
                FROM security.dba_login_user AS d
                WHERE d.login_name = session_user
            ),
            (
                SELECT s.v::integer
                FROM (SELECT nullif(current_setting('app.user_id', TRUE), '') AS v) AS s
                WHERE s.v ~ '^[0-9]{1,9}$' AND pg_has_role(session_user, 'leadbase_web', 'MEMBER')
            )
        );
END
$$;
