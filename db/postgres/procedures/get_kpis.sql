-- app.get_kpis: the key figures of the manager's office, one definition each, per
-- office and per representative, for a period of business dates, as the database
-- knew them at any instant (system time). The dashboard, the exports and bi.kpi all
-- read this; the formulas are in db/CONTRACT.md, "KPIs".
--
-- Callers: the web tier's dashboard, team page and exports; DBAs.
-- Parameters:
--   p_kpi_code     a code of core.kpi (app.list_codes 'kpi'); NULL = every KPI
--   p_period_from  first business date (UTC) of the period; NULL = 89 days before period_to
--   p_period_to    last business date (UTC), inclusive; NULL = the date of as_of
--   p_office_code  one of the caller's offices; NULL = all of them (another office: no rows)
--   p_user_id      one representative's rows only; NULL = every representative
--   p_as_of        the instant whose knowledge counts (not in the future); NULL = now
-- Result, by office_code, kpi sort order, user_id (office rows first), sort_order:
--   kpi_code, office_code, user_id (NULL: the whole office), display_name, bucket
--   (stage, month YYYY-MM, aging bucket, status or event type; NULL for a single
--   figure), sort_order, value, base, rate (value / base; NULL without a base).
--   Representatives get their office's rows and their own rows only.
--   A figure with nothing to count has no row.
-- Errors: LB401 no active user; LB400 every invalid parameter.
-- Example: SELECT * FROM app.get_kpis(p_period_from => '2026-07-01', p_period_to => '2026-09-30',
--                                     p_as_of => '2026-10-01 00:00+00');
DROP FUNCTION IF EXISTS app.get_kpis;
CREATE FUNCTION app.get_kpis(
    p_kpi_code VARCHAR DEFAULT NULL,
    p_period_from DATE DEFAULT NULL,
    p_period_to DATE DEFAULT NULL,
    p_office_code VARCHAR DEFAULT NULL,
    p_user_id INTEGER DEFAULT NULL,
    p_as_of TIMESTAMPTZ DEFAULT NULL
)
RETURNS TABLE (
    kpi_code VARCHAR,
    office_code VARCHAR,
    user_id INTEGER,
    display_name VARCHAR,
    bucket VARCHAR,
    sort_order INTEGER,
    value NUMERIC,
    base NUMERIC,
    rate NUMERIC
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id integer;
    v_role varchar;
    v_problems text[] := '{}';
    v_as_of timestamptz := coalesce(p_as_of, now());
    v_to date;
    v_from date;
    v_offices smallint[];
BEGIN
    SELECT r.user_id, r.role_code INTO v_user_id, v_role FROM security.require_caller(NULL, NULL) AS r;

    v_to := coalesce(p_period_to, (v_as_of AT TIME ZONE 'UTC')::date);
    v_from := coalesce(p_period_from, v_to - 89);
    v_problems := v_problems || core.code_problem('kpi', 'kpi_code', p_kpi_code, false);
    IF v_from > v_to THEN
        v_problems := v_problems
            || 'The value for the parameter period_from is not supported. It must not be after period_to.'::text;
    ELSIF v_to - v_from > 731 THEN
        v_problems := v_problems
            || 'The value for the parameter period_to is not supported. A period spans at most 732 days.'::text;
    END IF;
    IF p_office_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM core.office AS o WHERE o.office_code = p_office_code) THEN
        v_problems := v_problems || (
            SELECT 'The value for the parameter office_code is not supported. Supported values are '
                || string_agg(o.office_code, ', ' ORDER BY o.office_id) || '.'
            FROM core.office AS o
        );
    END IF;
    IF p_as_of > now() THEN
        v_problems := v_problems || 'The value for the parameter as_of is not supported. It must not be in the future.'::text;
    END IF;
    v_problems := array_remove(v_problems, NULL);
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    -- The caller's offices (row-level security enforces them; the array informs the planner).
    SELECT coalesce(array_agg(o.office_id), '{}') INTO v_offices
    FROM core.office AS o
    WHERE o.office_id = ANY (security.caller_offices()) AND (p_office_code IS NULL OR o.office_code = p_office_code);

    RETURN QUERY
    SELECT
        f.kpi_code, o.office_code, f.user_id, u.display_name, f.bucket, f.sort_order, round(f.value, 2), f.base,
        round(f.value / nullif(f.base, 0), 4)
    FROM core.kpi_figures(v_offices, v_as_of, v_from, v_to) AS f
    INNER JOIN core.office AS o ON f.office_id = o.office_id
    INNER JOIN core.kpi AS k ON f.kpi_code = k.code
    LEFT JOIN core.app_user AS u ON f.user_id = u.user_id
    WHERE
        (p_kpi_code IS NULL OR f.kpi_code = p_kpi_code)
        AND (
            f.is_rep = 0
            OR (
                f.user_id IS NOT NULL
                AND (v_role <> 'representative' OR f.user_id = v_user_id)
                AND (p_user_id IS NULL OR f.user_id = p_user_id)
            )
        )
    ORDER BY o.office_code, k.sort_order, f.is_rep, u.display_name, f.user_id, f.sort_order;
END
$$;
