-- app.list_leads: one page of the leads of the caller's offices.
--
-- Callers: the web tier's lead list; DBAs and analysts.
-- Parameters (all optional):
--   p_status       new | assigned | contacted | qualified | won | lost | do_not_contact (NULL = any)
--   p_branche      NOGA code, exact (NULL = any)
--   p_plz_from, p_plz_to   PLZ range, 1000-9999 (NULL = open end)
--   p_search       substring of company name or Ort, case- and accent-insensitive, <= 100 chars
--   p_assigned_to  user_id of the current assignee (NULL = any)
--   p_sort         score (default: best first) | oldest | newest
--   p_page         1 and up (default 1); p_page_size 1-200 (default 50)
-- Result: lead_id, company_name, legal_form, plz, ort, canton, branche, size_category,
-- status, score, office_code, assigned_user_id, assigned_to, created_at, age_days,
-- total_count (rows matching the filters, for paging). Without a user: no rows.
-- Errors: LB400 listing every invalid parameter.
-- Example: SELECT * FROM app.list_leads(p_status => 'new', p_sort => 'oldest', p_page_size => 20);
--
-- Row-level security decides what is visible. The same office filter is repeated
-- in the query only to give the planner the office (findings: equal plans to a
-- hand-written WHERE). The query text is built from fixed fragments; every value is
-- a parameter.
DROP FUNCTION IF EXISTS app.list_leads;
CREATE FUNCTION app.list_leads(
    p_status VARCHAR DEFAULT NULL,
    p_branche VARCHAR DEFAULT NULL,
    p_plz_from INTEGER DEFAULT NULL,
    p_plz_to INTEGER DEFAULT NULL,
    p_search VARCHAR DEFAULT NULL,
    p_assigned_to INTEGER DEFAULT NULL,
    p_sort VARCHAR DEFAULT 'score',
    p_page INTEGER DEFAULT 1,
    p_page_size INTEGER DEFAULT 50
)
RETURNS TABLE (
    lead_id BIGINT,
    company_name VARCHAR,
    legal_form VARCHAR,
    plz SMALLINT,
    ort VARCHAR,
    canton CHAR(2),
    branche VARCHAR,
    size_category VARCHAR,
    status VARCHAR,
    score SMALLINT,
    office_code VARCHAR,
    assigned_user_id INTEGER,
    assigned_to VARCHAR,
    created_at TIMESTAMPTZ,
    age_days INTEGER,
    total_count BIGINT
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_offices smallint[];
    v_where text;
    v_order text;
    v_found bigint[];
    v_total bigint;
BEGIN
    v_problems := v_problems || core.code_problem('lead_status', 'status', p_status, false);
    IF p_plz_from IS NOT NULL AND p_plz_from NOT BETWEEN 1000 AND 9999 THEN
        v_problems := v_problems || 'The value for the parameter plz_from is not supported. It must be between 1000 and 9999.'::text;
    END IF;
    IF p_plz_to IS NOT NULL AND p_plz_to NOT BETWEEN 1000 AND 9999 THEN
        v_problems := v_problems || 'The value for the parameter plz_to is not supported. It must be between 1000 and 9999.'::text;
    END IF;
    IF p_plz_from > p_plz_to THEN
        v_problems := v_problems || 'The value for the parameter plz_to is not supported. It must not be less than plz_from.'::text;
    END IF;
    IF length(p_search) > 100 THEN
        v_problems := v_problems || 'The value for the parameter search is not supported. It must not be longer than 100 characters.'::text;
    END IF;
    IF p_sort IS NULL OR p_sort NOT IN ('score', 'oldest', 'newest') THEN
        v_problems := v_problems || 'The value for the parameter sort is not supported. Supported values are score, oldest, newest.'::text;
    END IF;
    IF p_page IS NULL OR p_page < 1 THEN
        v_problems := v_problems || 'The value for the parameter page is not supported. It must be 1 or more.'::text;
    END IF;
    IF p_page_size IS NULL OR p_page_size NOT BETWEEN 1 AND 200 THEN
        v_problems := v_problems || 'The value for the parameter page_size is not supported. It must be between 1 and 200.'::text;
    END IF;
    -- core.code_problem is NULL for a good code.
    v_problems := array_remove(v_problems, NULL);
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    v_offices := security.caller_offices();
    IF cardinality(v_offices) = 0 THEN
        RETURN;
    END IF;

    v_where := CASE WHEN cardinality(v_offices) = 1 THEN 'l.office_id = $1[1]' ELSE 'l.office_id = ANY ($1)' END;
    IF p_status IS NOT NULL THEN v_where := v_where || ' AND l.status = $2'; END IF;
    IF p_branche IS NOT NULL THEN v_where := v_where || ' AND l.branche = $3'; END IF;
    IF p_plz_from IS NOT NULL THEN v_where := v_where || ' AND l.plz >= $4'; END IF;
    IF p_plz_to IS NOT NULL THEN v_where := v_where || ' AND l.plz <= $5'; END IF;
    IF nullif(trim(p_search), '') IS NOT NULL THEN
        -- The trigram index is reachable only outside RLS: core.search_lead_ids finds
        -- the ids within the caller's offices; the rows are still read under RLS here.
        -- Found once here, used by both the count and the page.
        v_found := ARRAY(
            SELECT s.lead_id
            FROM core.search_lead_ids(
                v_offices,
                '%' || regexp_replace(core.search_key(trim(p_search)), '([\\%_])', '\\\1', 'g') || '%'
            ) AS s
        );
        v_where := v_where || ' AND l.lead_id = ANY ($6)';
    END IF;
    IF p_assigned_to IS NOT NULL THEN
        v_where := v_where || ' AND EXISTS (SELECT 1 FROM core.lead_assignment AS a'
            || ' WHERE a.lead_id = l.lead_id AND a.assigned_until IS NULL AND a.user_id = $7)';
    END IF;
    v_order := CASE p_sort
        WHEN 'score' THEN 'l.score DESC, l.lead_id DESC'
        WHEN 'oldest' THEN 'l.created_at, l.lead_id'
        ELSE 'l.created_at DESC, l.lead_id DESC'
    END;

    EXECUTE 'SELECT count(*) FROM core.lead AS l WHERE ' || v_where
    INTO v_total
    USING v_offices, p_status, p_branche, p_plz_from, p_plz_to, v_found, p_assigned_to;

    RETURN QUERY EXECUTE
        'SELECT l.lead_id, l.company_name, l.legal_form, l.plz, l.ort, l.canton, l.branche,'
        || ' l.size_category, l.status, l.score, o.office_code, a.user_id, u.display_name,'
        || ' l.created_at, ((now() AT TIME ZONE ''UTC'')::date - (l.created_at AT TIME ZONE ''UTC'')::date),'
        || ' $10::bigint'
        || ' FROM (SELECT l.* FROM core.lead AS l WHERE ' || v_where
        || ' ORDER BY ' || v_order || ' LIMIT $8 OFFSET $9) AS l'
        || ' INNER JOIN core.office AS o ON o.office_id = l.office_id'
        || ' LEFT JOIN core.lead_assignment AS a ON a.lead_id = l.lead_id AND a.assigned_until IS NULL'
        || ' LEFT JOIN core.app_user AS u ON u.user_id = a.user_id'
        || ' ORDER BY ' || v_order
    USING v_offices, p_status, p_branche, p_plz_from, p_plz_to, v_found, p_assigned_to,
        -- bigint: a page far past the end is an empty page, not an integer overflow.
        p_page_size, (p_page::bigint - 1) * p_page_size, v_total;
END
$$;
