-- app.list_codes: the coded values with their labels in German, French and English
-- (statuses, event types, roles, size categories, NOGA branches): what the screens
-- offer and label; procedures check the same tables.
--
-- Callers: the web tier, DBAs, import tools; no signed-in user needed (not secret).
-- Parameters: p_list_name (lead_status | event_type | role | size_category | feedback_reason |
-- noga_branche | language | assignment_reason | sign_in_outcome | import_reason | kpi |
-- aging_bucket | scoring_factor; NULL = every list).
-- Result (by list_name, sort_order): list_name, code, sort_order, label_de, label_fr,
-- label_en, is_final, is_open (lead_status), is_contact (event_type).
-- Errors: LB400 unknown list_name.
-- Example: SELECT * FROM app.list_codes(p_list_name => 'lead_status');
DROP FUNCTION IF EXISTS app.list_codes;
CREATE FUNCTION app.list_codes(p_list_name VARCHAR DEFAULT NULL)
RETURNS TABLE (
    list_name VARCHAR,
    code VARCHAR,
    sort_order SMALLINT,
    label_de VARCHAR,
    label_fr VARCHAR,
    label_en VARCHAR,
    is_final BOOLEAN,
    is_open BOOLEAN,
    is_contact BOOLEAN
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_list_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM core.code_list AS c WHERE c.list_name = p_list_name) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = (
            SELECT 'The value for the parameter list_name is not supported. Supported values are '
                || string_agg(DISTINCT c.list_name, ', ' ORDER BY c.list_name) || '.'
            FROM core.code_list AS c
        );
    END IF;

    RETURN QUERY
    SELECT c.list_name, c.code, c.sort_order, c.label_de, c.label_fr, c.label_en, c.is_final, c.is_open, c.is_contact
    FROM core.code_list AS c
    WHERE p_list_name IS NULL OR c.list_name = p_list_name
    ORDER BY c.list_name, c.sort_order;
END
$$;
