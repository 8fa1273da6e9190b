-- app.next_best_leads: the leads a representative should call next, best first, with
-- the reasons (core.rank_next_leads says how they are ranked).
--
-- Callers: representatives (web tier's home page, DBAs acting as one).
-- Parameters: p_max_rows (10; 1-50).
-- Result: rank_no, lead_id, company_name, plz, ort, canton, branche, size_category,
-- status, score, age_days, success_factor, aging_factor, expected_value, reasons.
-- Candidates come from the caller's office only, unassigned and open, neither
-- suppressed, no_advertising nor inside a do-not-contact window. A representative
-- at capacity (open leads >= lead_capacity) gets no rows: there is nothing to take.
-- Errors: LB400 invalid max_rows; LB401 no active user; LB403 caller is not a representative.
-- Example: SELECT * FROM app.next_best_leads(p_max_rows => 5);
DROP FUNCTION IF EXISTS app.next_best_leads;
CREATE FUNCTION app.next_best_leads(p_max_rows INTEGER DEFAULT 10)
RETURNS TABLE (
    rank_no INTEGER,
    lead_id BIGINT,
    company_name VARCHAR,
    plz SMALLINT,
    ort VARCHAR,
    canton CHAR(2),
    branche VARCHAR,
    size_category VARCHAR,
    status VARCHAR,
    score SMALLINT,
    age_days INTEGER,
    success_factor NUMERIC(4, 2),
    aging_factor NUMERIC(4, 2),
    expected_value NUMERIC(9, 2),
    reasons VARCHAR
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_capacity record;
BEGIN
    IF p_max_rows IS NULL OR p_max_rows NOT BETWEEN 1 AND 50 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter max_rows is not supported. It must be between 1 and 50.';
    END IF;

    SELECT r.user_id INTO v_caller_id
    FROM security.require_caller(ARRAY['representative'], 'Only representatives have next best leads.') AS r;

    SELECT * INTO v_capacity FROM core.claim_capacity(v_caller_id, FALSE);
    IF v_capacity.open_lead_count >= v_capacity.lead_capacity THEN
        RETURN;
    END IF;
    -- The office's outcome counts, rebuilt when older than ten minutes.
    PERFORM core.refresh_success_rates(v_capacity.office_id);

    RETURN QUERY
    SELECT
        r.rank_no, r.lead_id, l.company_name, l.plz, l.ort, l.canton, l.branche, l.size_category,
        l.status, r.score, r.age_days, r.success_factor, r.aging_factor, r.expected_value, r.reasons
    FROM core.rank_next_leads(v_caller_id, v_capacity.office_id, p_max_rows) AS r
    INNER JOIN core.lead AS l ON r.lead_id = l.lead_id
    ORDER BY r.rank_no;
END
$$;
