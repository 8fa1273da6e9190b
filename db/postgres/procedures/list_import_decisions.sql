-- app.list_import_decisions: the rows of a batch routed to the caller's offices,
-- with each decision and its reason (row-level security on core.import_decision).
-- Held rows never name the lead or office that held them; lead_id is the lead a
-- row created or refreshed (or that a release created).
--
-- Parameters: p_batch_id; p_decision_code (NULL = all; new | refreshed | suppressed |
-- duplicate | invalid); p_page (1); p_page_size (50, 1-200).
-- Result: decision_id, row_no, office_code, decision_code, reason_code, matched_key,
-- field_name, until_date, duplicate_of_row, uid_finding, lead_id, company_name, plz,
-- ort, uid, phone, email, no_advertising, override_action, total_count. Sorted by row_no.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 not a manager or admin.
-- Example: SELECT * FROM app.list_import_decisions(p_batch_id => 12, p_decision_code => 'suppressed');
DROP FUNCTION IF EXISTS app.list_import_decisions;
CREATE FUNCTION app.list_import_decisions(
    p_batch_id BIGINT,
    p_decision_code VARCHAR DEFAULT NULL,
    p_page INTEGER DEFAULT 1,
    p_page_size INTEGER DEFAULT 50
)
RETURNS TABLE (
    decision_id BIGINT,
    row_no INTEGER,
    office_code VARCHAR,
    decision_code VARCHAR,
    reason_code VARCHAR,
    matched_key VARCHAR,
    field_name VARCHAR,
    until_date DATE,
    duplicate_of_row INTEGER,
    uid_finding BOOLEAN,
    lead_id BIGINT,
    company_name VARCHAR,
    plz VARCHAR,
    ort VARCHAR,
    uid VARCHAR,
    phone VARCHAR,
    email VARCHAR,
    no_advertising BOOLEAN,
    override_action VARCHAR,
    total_count BIGINT
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role varchar;
BEGIN
    IF p_batch_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter batch_id is not supported. It must be given.'::text;
    END IF;
    IF p_decision_code IS NOT NULL AND p_decision_code NOT IN ('new', 'refreshed', 'suppressed', 'duplicate', 'invalid') THEN
        v_problems := v_problems || 'The value for the parameter decision_code is not supported. Supported values are new, refreshed, suppressed, duplicate, invalid.'::text;
    END IF;
    IF p_page IS NULL OR p_page NOT BETWEEN 1 AND 1000000 THEN
        v_problems := v_problems || 'The value for the parameter page is not supported. It must be between 1 and 1000000.'::text;
    END IF;
    IF p_page_size IS NULL OR p_page_size NOT BETWEEN 1 AND 200 THEN
        v_problems := v_problems || 'The value for the parameter page_size is not supported. It must be between 1 and 200.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may review imports.'
    ) AS r;

    RETURN QUERY
    SELECT
        d.decision_id, d.row_no, o.office_code, ir.decision_code, d.reason_code, d.matched_key, d.field_name,
        d.until_date, d.duplicate_of_row, d.uid_finding, coalesce(d.lead_id, ov.lead_id), d.company_name, d.plz,
        d.ort, d.uid, d.phone, d.email, d.no_advertising, ov.action, count(*) OVER ()
    FROM core.import_decision AS d
    INNER JOIN core.import_reason AS ir ON d.reason_code = ir.reason_code
    INNER JOIN core.office AS o ON d.office_id = o.office_id
    LEFT JOIN core.import_override AS ov ON d.decision_id = ov.decision_id
    WHERE d.batch_id = p_batch_id AND (p_decision_code IS NULL OR ir.decision_code = p_decision_code)
    ORDER BY d.row_no
    OFFSET (p_page - 1) * p_page_size
    LIMIT p_page_size;
END
$$;
