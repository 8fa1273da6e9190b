-- CANDIDATE (bench only, not deployed): security.caller_offices() with the same three
-- sources and the same result as db/postgres/security/caller_offices.sql, but cheap in
-- the common case. It runs up to four times per app.list_leads call (once in the
-- function, once per policy InitPlan), so its cost is the fixed RLS overhead per call:
--   * no call of security.caller(): a SQL function that cannot be inlined (SECURITY
--     DEFINER, SET search_path) is parsed and planned on every call before PostgreSQL
--     18; its rule is written out here and the plpgsql plans are cached per session;
--   * each source is one small cached query, skipped when its precondition fails
--     (no app.user_id / not a leadbase_api member; no app.break_glass_id);
--   * the union is sorted and de-duplicated only when a second source contributes.
-- Apply with bench/rls_overhead.py --patch bench/candidates/caller_offices_fast.sql
CREATE OR REPLACE FUNCTION security.caller_offices()
RETURNS smallint []
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id text := nullif(current_setting('app.user_id', TRUE), '');
    v_break_glass_id text := nullif(current_setting('app.break_glass_id', TRUE), '');
    v_offices smallint[] := '{}';
    v_more smallint[];
BEGIN
    -- 1. the active application user (the rule of security.caller())
    IF v_user_id ~ '^[0-9]{1,9}$' AND pg_has_role(session_user, 'leadbase_api', 'MEMBER') THEN
        SELECT coalesce(array_agg(uo.office_id ORDER BY uo.office_id), '{}')
        INTO v_offices
        FROM core.app_user AS u
        INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
        WHERE u.user_id = v_user_id::integer AND u.is_active;
    END IF;
    -- 2. a BI login mapped to offices
    SELECT array_agg(b.office_id)
    INTO v_more
    FROM security.bi_login_office AS b
    WHERE b.login_name = session_user;
    -- 3. an open break-glass session of this login -> every office
    IF v_break_glass_id IS NOT NULL
        AND pg_has_role(session_user, 'leadbase_breakglass', 'MEMBER')
        AND EXISTS (
            SELECT 1
            FROM security.break_glass_log AS g
            WHERE
                g.break_glass_id::text = v_break_glass_id
                AND g.login_name = session_user
                AND g.expires_at > now()
        ) THEN
        SELECT coalesce(v_more, '{}') || array_agg(o.office_id) INTO v_more FROM core.office AS o;
    END IF;
    IF v_more IS NOT NULL THEN
        SELECT coalesce(array_agg(DISTINCT x.office_id ORDER BY x.office_id), '{}')
        INTO v_offices
        FROM unnest(v_offices || v_more) AS x (office_id);
    END IF;
    RETURN v_offices;
END
$$;
