-- CANDIDATE (bench only, not deployed): security.caller_offices without the call of
-- security.caller(). Apply with bench/rls_overhead.py --patch bench/candidates/caller_offices_inline.sql
-- security.caller_offices(): the offices whose rows this caller may see, computed
-- once per query. Policies compare office_id with (SELECT security.caller_offices()),
-- an InitPlan, so the office index stays usable (findings: per-row predicates were
-- 300-1,600 times slower). Sources, as in db/CONTRACT.md:
--   1. the active application user of security.caller() -> that user's offices;
--   2. a BI login listed in security.bi_login_office -> its offices;
--   3. a leadbase_breakglass member with an open, unexpired break-glass session
--      (security.open_break_glass) -> every office.
-- The routing functions need no source: their owner, leadbase_router, bypasses RLS.
-- Anything else gets the empty array: no rows, no writes.
CREATE OR REPLACE FUNCTION security.caller_offices()
RETURNS SMALLINT[]
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[];
BEGIN
    SELECT coalesce(array_agg(DISTINCT s.office_id ORDER BY s.office_id), '{}')
    INTO v_offices
    FROM (
        -- security.caller()'s condition, written out: a non-inlinable SQL function
        -- (SECURITY DEFINER + SET) is parsed and planned again on every call before
        -- PostgreSQL 18, while this plpgsql query's plan is cached per session.
        SELECT uo.office_id
        FROM core.app_user AS u
        INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
        WHERE
            u.user_id = (
                SELECT s.v::integer
                FROM (SELECT nullif(current_setting('app.user_id', TRUE), '') AS v) AS s
                WHERE s.v ~ '^[0-9]{1,9}$'
            )
            AND u.is_active
            AND pg_has_role(session_user, 'leadbase_api', 'MEMBER')
        UNION ALL
        SELECT b.office_id
        FROM security.bi_login_office AS b
        WHERE b.login_name = session_user
        UNION ALL
        SELECT o.office_id
        FROM core.office AS o
        WHERE
            pg_has_role(session_user, 'leadbase_breakglass', 'MEMBER')
            AND EXISTS (
                SELECT 1
                FROM security.break_glass_log AS g
                WHERE
                    g.break_glass_id::text = current_setting('app.break_glass_id', TRUE)
                    AND g.login_name = session_user
                    AND g.expires_at > now()
            )
    ) AS s;
    RETURN v_offices;
END
$$;
