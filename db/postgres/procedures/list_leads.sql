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
--   p_after_lead_id  keyset paging: the page starts after this lead (the last one of
--                  the previous page) in the chosen sort; p_page then counts from there.
--                  NULL (default) = from the start. Must be a lead the caller can see.
-- Result: lead_id, company_name, legal_form, plz, ort, canton, branche, size_category,
-- status, score, office_code, assigned_user_id, assigned_to, created_at, age_days,
-- total_count (rows matching the filters, counted up to 10,000), total_is_exact
-- (false: more than total_count match, shown as "10,000+"). Without a user: no rows.
-- Errors: LB400 listing every invalid parameter; LB400 when p_after_lead_id is not a
-- lead of the caller's offices (the same for a missing and a foreign lead).
-- Example: SELECT * FROM app.list_leads(p_status => 'new', p_sort => 'oldest', p_page_size => 20);
--
-- Cost: no part grows with the number of matching leads (issue 6) or with other
-- offices' rows (issue 8). Each of the caller's offices is read on its own, through
-- an index that leads with office_id, as far as the page needs (LIMIT per office,
-- then merged); the count stops at the cap; a search finds its ids through the
-- office's own trigram index (core.search_lead_ids). Row-level security decides what
-- is visible; the office filter in the query only guides the planner. The query text
-- is built from fixed fragments; every value is a parameter.
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
    p_page_size INTEGER DEFAULT 50,
    p_after_lead_id BIGINT DEFAULT NULL
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
    total_count BIGINT,
    total_is_exact BOOLEAN
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    -- The total is exact up to this many leads; beyond, "more than" (total_is_exact).
    c_count_cap CONSTANT INTEGER := 10000;
    -- A PLZ range with at most this many leads in an office is read through (office_id, plz).
    c_plz_first CONSTANT INTEGER := 2000;
    v_problems text[] := '{}';
    v_offices smallint[];
    v_where text := '';
    v_after text := '';
    v_order text;
    v_found bigint[];
    v_in_plz bigint[];
    v_source text;
    v_after_score smallint;
    v_after_created_at timestamptz;
    v_skip bigint;
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

    -- Keyset: the sort key of the lead to start after. Asked of core.lead_in_offices
    -- first, so that another office's lead and a missing one cost and answer the same.
    IF p_after_lead_id IS NOT NULL THEN
        IF core.lead_in_offices(v_offices, p_after_lead_id) THEN
            SELECT l.score, l.created_at INTO v_after_score, v_after_created_at
            FROM core.lead AS l
            WHERE l.lead_id = p_after_lead_id AND l.office_id = ANY (v_offices);
        END IF;
        IF v_after_score IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = 'The value for the parameter after_lead_id is not supported. It must be a lead of your offices.';
        END IF;
        v_after := CASE p_sort
            WHEN 'score' THEN ' AND (l.score, l.lead_id) < ($11, $13)'
            WHEN 'oldest' THEN ' AND (l.created_at, l.lead_id) > ($12, $13)'
            ELSE ' AND (l.created_at, l.lead_id) < ($12, $13)'
        END;
    END IF;

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
    END IF;
    IF p_assigned_to IS NOT NULL THEN
        -- The assignee's current leads in the caller's offices, read first through the
        -- office-first index. As a filter inside the list query, the planner chose its
        -- plan from table-wide statistics: an assignee with many leads in another office
        -- made a Luzern list scan every Luzern lead (bench/side_channels.py: +86 ms).
        v_found := ARRAY(
            SELECT a.lead_id
            FROM core.lead_assignment AS a
            WHERE
                a.office_id = ANY (v_offices) AND a.user_id = p_assigned_to AND a.assigned_until IS NULL
                AND (v_found IS NULL OR a.lead_id IN (SELECT unnest(v_found)))
        );
    END IF;
    IF v_found IS NULL AND (p_plz_from IS NOT NULL OR p_plz_to IS NOT NULL) THEN
        -- A PLZ range with few leads of the caller's offices is read first through
        -- (office_id, plz), up to c_plz_first + 1 per office, in that index's order;
        -- a wider one is left to the sort order's index. Planned inside the list query,
        -- that choice followed table-wide statistics: a PLZ full of another office's
        -- leads made a Luzern list scan every Luzern lead (bench/side_channels.py: +23 ms).
        -- Now it rests on the caller's own rows.
        v_in_plz := ARRAY(
            SELECT p.lead_id
            FROM unnest(v_offices) AS o (office_id)
            CROSS JOIN LATERAL (
                SELECT l.lead_id
                FROM core.lead AS l
                WHERE
                    l.office_id = o.office_id
                    AND l.plz BETWEEN coalesce(p_plz_from, 1000) AND coalesce(p_plz_to, 9999)
                ORDER BY l.plz
                LIMIT c_plz_first + 1
            ) AS p
        );
        IF cardinality(v_in_plz) <= c_plz_first THEN
            v_found := v_in_plz;
        END IF;
    END IF;
    IF v_found IS NOT NULL THEN
        -- (SELECT $6): the planner sees a parameter, not thousands of constants
        -- (planning with the array spelled out took longer than the search).
        v_where := v_where || ' AND l.lead_id = ANY ((SELECT $6)::bigint[])';
    END IF;
    v_order := CASE p_sort
        WHEN 'score' THEN 'l.score DESC, l.lead_id DESC'
        WHEN 'oldest' THEN 'l.created_at, l.lead_id'
        ELSE 'l.created_at DESC, l.lead_id DESC'
    END;
    v_skip := (p_page - 1)::bigint * p_page_size;

    IF v_found IS NULL THEN
        -- Each office's first v_skip + page_size rows in index order, merged; the count
        -- reads at most c_count_cap + 1 rows (one sub-query, evaluated once).
        v_source := 'SELECT l.*, (SELECT count(*) FROM (SELECT 1 FROM unnest($1) AS o (office_id)'
            || ' CROSS JOIN LATERAL (SELECT 1 FROM core.lead AS l WHERE l.office_id = o.office_id' || v_where
            || ' LIMIT $10 + 1) AS l LIMIT $10 + 1) AS c) AS matching'
            || ' FROM unnest($1) AS o (office_id)'
            || ' CROSS JOIN LATERAL (SELECT l.* FROM core.lead AS l WHERE l.office_id = o.office_id'
            || v_where || v_after || ' ORDER BY ' || v_order || ' LIMIT $8 + $9) AS l';
    ELSE
        -- A search, an assignee or a narrow PLZ range has its candidates in hand (the
        -- term's matches, the assignee's leads, the range's leads): one pass reads them
        -- under RLS, counts them and sorts them.
        v_source := 'SELECT l.* FROM (SELECT l.*, count(*) OVER () AS matching FROM core.lead AS l'
            || ' WHERE l.office_id = ANY ($1)' || v_where || ') AS l'
            || ' WHERE TRUE' || v_after;
    END IF;

    RETURN QUERY EXECUTE
        'SELECT l.lead_id, l.company_name, l.legal_form, l.plz, l.ort, l.canton, l.branche,'
        || ' l.size_category, l.status, l.score, ofc.office_code, a.user_id, u.display_name,'
        || ' l.created_at, ((now() AT TIME ZONE ''UTC'')::date - (l.created_at AT TIME ZONE ''UTC'')::date),'
        || ' least(l.matching, $10), l.matching <= $10'
        || ' FROM (' || v_source || ' ORDER BY ' || v_order || ' LIMIT $8 OFFSET $9) AS l'
        || ' INNER JOIN core.office AS ofc ON ofc.office_id = l.office_id'
        || ' LEFT JOIN core.lead_assignment AS a ON a.lead_id = l.lead_id AND a.assigned_until IS NULL'
        || ' LEFT JOIN core.app_user AS u ON u.user_id = a.user_id'
        || ' ORDER BY ' || v_order
    USING v_offices, p_status, p_branche, p_plz_from, p_plz_to, v_found, p_assigned_to,
        p_page_size, v_skip, c_count_cap, v_after_score, v_after_created_at, p_after_lead_id;
END
$$;
