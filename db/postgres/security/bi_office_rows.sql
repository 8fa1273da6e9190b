-- The rows behind bi.kpi, bi.representative, bi.lead_history and bi.lead_outcome,
-- each read by a function that applies the reader's offices before anything else
-- runs, as security/bi_rows.sql explains (plpgsql SECURITY DEFINER as leadbase_owner:
-- row-level security applies inside; the reader's predicates, plans and estimates see
-- only these rows). The T-SQL twin (db/security/bi_office_rows.sql) uses
-- multi-statement table-valued functions of the same names.

-- bi.kpi: app.get_kpis' figures (core.kpi_figures, the one definition) for the reader's
-- offices, every representative, the last 90 days (UTC business dates) as of now.
CREATE OR REPLACE FUNCTION security.bi_kpi_rows()
RETURNS TABLE (
    kpi_code VARCHAR,
    office_id SMALLINT,
    office_code VARCHAR,
    user_id INTEGER,
    display_name VARCHAR,
    bucket VARCHAR,
    sort_order INTEGER,
    value NUMERIC,
    base NUMERIC,
    rate NUMERIC,
    period_from DATE,
    period_to DATE
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
ROWS 100
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[] := security.caller_offices();
    v_to date := (now() AT TIME ZONE 'UTC')::date;
BEGIN
    PERFORM security.log_bi_central_read('bi.kpi');
    RETURN QUERY
    SELECT
        f.kpi_code, f.office_id, o.office_code, f.user_id, u.display_name, f.bucket, f.sort_order,
        round(f.value, 2), f.base, round(f.value / nullif(f.base, 0), 4), v_to - 89, v_to
    FROM core.kpi_figures(v_offices, now(), v_to - 89, v_to) AS f
    INNER JOIN core.office AS o ON f.office_id = o.office_id
    LEFT JOIN core.app_user AS u ON f.user_id = u.user_id
    WHERE f.is_rep = 0 OR f.user_id IS NOT NULL;
END
$$;

-- bi.representative: the representatives of the reader's offices (one row per office).
CREATE OR REPLACE FUNCTION security.bi_representative_rows()
RETURNS TABLE (
    user_id INTEGER,
    display_name VARCHAR,
    office_id SMALLINT,
    office_code VARCHAR,
    is_active BOOLEAN,
    lead_capacity SMALLINT
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
ROWS 100
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[] := security.caller_offices();
BEGIN
    PERFORM security.log_bi_central_read('bi.representative');
    RETURN QUERY
    SELECT u.user_id, u.display_name, uo.office_id, o.office_code, u.is_active, u.lead_capacity
    FROM core.app_user AS u
    INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
    INNER JOIN core.office AS o ON uo.office_id = o.office_id
    WHERE u.role_code = 'representative' AND uo.office_id = ANY (v_offices);
END
$$;

-- bi.lead_history: every version of the reader's offices' leads as kept (system time:
-- valid_from..valid_to, NULL = current); a version belongs to the office it had then.
CREATE OR REPLACE FUNCTION security.bi_lead_history_rows()
RETURNS TABLE (
    lead_id BIGINT,
    office_id SMALLINT,
    company_name VARCHAR,
    plz SMALLINT,
    ort VARCHAR,
    branche VARCHAR,
    size_category VARCHAR,
    status VARCHAR,
    score SMALLINT,
    delivered_at TIMESTAMPTZ,
    import_batch_id BIGINT,
    last_edited_by INTEGER,
    valid_from TIMESTAMPTZ,
    valid_to TIMESTAMPTZ
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
ROWS 1000
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[] := security.caller_offices();
BEGIN
    PERFORM security.log_bi_central_read('bi.lead_history');
    RETURN QUERY
    SELECT
        l.lead_id, l.office_id, l.company_name, l.plz, l.ort, l.branche, l.size_category, l.status, l.score,
        l.delivered_at, l.import_batch_id, l.last_edited_by, l.valid_from, NULL::timestamptz
    FROM core.lead AS l
    WHERE l.office_id = ANY (v_offices)
    UNION ALL
    SELECT
        h.lead_id, h.office_id, h.company_name, h.plz, h.ort, h.branche, h.size_category, h.status, h.score,
        h.delivered_at, h.import_batch_id, h.last_edited_by, h.valid_from, h.valid_to
    FROM history.lead AS h
    WHERE h.office_id = ANY (v_offices);
END
$$;

-- bi.lead_outcome: the outcomes (events that set a final status: won, lost,
-- do_not_contact) with who recorded them, when, and their feedback note.
CREATE OR REPLACE FUNCTION security.bi_lead_outcome_rows()
RETURNS TABLE (
    event_id BIGINT,
    lead_id BIGINT,
    office_id SMALLINT,
    outcome VARCHAR,
    decided_at TIMESTAMPTZ,
    user_id INTEGER,
    user_name VARCHAR,
    note VARCHAR
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
ROWS 1000
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_offices smallint[] := security.caller_offices();
BEGIN
    PERFORM security.log_bi_central_read('bi.lead_outcome');
    RETURN QUERY
    SELECT e.event_id, e.lead_id, e.office_id, e.new_status, e.event_at, e.user_id, u.display_name, e.note
    FROM core.lead_event AS e
    INNER JOIN core.lead_status AS s ON e.new_status = s.code
    INNER JOIN core.app_user AS u ON e.user_id = u.user_id
    WHERE s.is_final AND e.office_id = ANY (v_offices);
END
$$;
