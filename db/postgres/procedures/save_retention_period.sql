-- app.save_retention_period: how long the personal data of a lead is kept after its
-- last business activity before app.apply_retention anonymizes it (admins).
-- Historized (core.retention_period is temporal).
--
-- Parameters: p_retention_months (1-600), p_office_code (NULL = the global rule; an
-- office's own rule wins for its leads).
-- Result: office_code (NULL for the global rule), retention_months.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.save_retention_period(p_retention_months => 24, p_office_code => 'romandie');
DROP FUNCTION IF EXISTS app.save_retention_period;
CREATE FUNCTION app.save_retention_period(
    p_retention_months INTEGER,
    p_office_code VARCHAR DEFAULT NULL
)
RETURNS TABLE (office_code VARCHAR, retention_months SMALLINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_office_id smallint;
BEGIN
    IF p_retention_months IS NULL OR p_retention_months NOT BETWEEN 1 AND 600 THEN
        v_problems := v_problems
            || 'The value for the parameter retention_months is not supported. It must be between 1 and 600.'::text;
    END IF;
    IF p_office_code IS NOT NULL THEN
        SELECT o.office_id INTO v_office_id FROM core.office AS o WHERE o.office_code = p_office_code;
        IF v_office_id IS NULL THEN
            v_problems := v_problems || 'The value for the parameter office_code is not supported. It must name an office.'::text;
        END IF;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;
    SELECT r.user_id INTO v_user_id
    FROM security.require_caller(ARRAY['admin'], 'Only admins may change retention periods.') AS r;

    UPDATE core.retention_period AS w
    SET retention_months = p_retention_months, last_edited_by = v_user_id
    WHERE w.office_id IS NOT DISTINCT FROM v_office_id;
    IF NOT FOUND THEN
        INSERT INTO core.retention_period (office_id, retention_months, last_edited_by)
        VALUES (v_office_id, p_retention_months, v_user_id);
    END IF;

    RETURN QUERY
    SELECT o.office_code, w.retention_months
    FROM core.retention_period AS w
    LEFT JOIN core.office AS o ON w.office_id = o.office_id
    WHERE w.office_id IS NOT DISTINCT FROM v_office_id;
END
$$;
