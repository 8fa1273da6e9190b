-- CANDIDATE (bench only, not deployed): security.caller() in plpgsql instead of SQL.
-- A SQL function that cannot be inlined (SECURITY DEFINER, SET search_path) is parsed
-- and planned on every call before PostgreSQL 18; a plpgsql query's plan is cached per
-- session. Same result, same rules as db/postgres/security/caller.sql.
-- Apply with bench/rls_overhead.py --patch bench/candidates/caller_plpgsql.sql
CREATE OR REPLACE FUNCTION security.caller()
RETURNS TABLE (user_id integer, role_code varchar)
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
