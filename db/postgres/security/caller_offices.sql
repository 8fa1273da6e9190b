-- security.caller_offices(): the offices whose rows this caller may see, computed
-- once per query. Policies compare office_id with (SELECT security.caller_offices()),
-- an InitPlan, so the office index stays usable (findings: per-row predicates were
-- 300-1,600 times slower). Sources, as in db/CONTRACT.md:
--   1. the active application user of security.caller() -> that user's offices;
--   2. a BI login listed in security.bi_login_office -> its offices; a central BI
--      login (security.bi_central_login) -> every office, each read logged;
--   3. a leadbase_breakglass member with an open, unexpired break-glass session
--      (security.open_break_glass) that acts as nobody in particular -> every office
--      (a session acting as a user gets that user's offices through source 1).
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
        SELECT uo.office_id
        FROM security.caller() AS c
        INNER JOIN core.user_office AS uo ON c.user_id = uo.user_id
        UNION ALL
        SELECT b.office_id
        FROM security.bi_login_office AS b
        WHERE b.login_name = session_user
        UNION ALL
        SELECT o.office_id
        FROM core.office AS o
        WHERE EXISTS (SELECT 1 FROM security.bi_central_login AS bc WHERE bc.login_name = session_user)
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
                    AND g.act_as_user_id IS NULL
            )
    ) AS s;
    RETURN v_offices;
END
$$;
