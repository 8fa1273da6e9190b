-- app.save_contact_window: how long a company stays out of new deliveries after its
-- lead reached a status (admins). Historized (core.contact_window is temporal).
--
-- Parameters: p_status_code (a code of core.lead_status; the import reads contacted,
-- lost, won and do_not_contact),
-- p_window_months (0-600; NULL = never expires), p_office_code (NULL = the global
-- rule; an office's own rule wins for its leads).
-- Result: office_code (NULL for the global rule), status_code, window_months.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.save_contact_window(p_status_code => 'lost', p_window_months => 24,
--     p_office_code => 'romandie');
DROP FUNCTION IF EXISTS app.save_contact_window;
CREATE FUNCTION app.save_contact_window(
    p_status_code VARCHAR,
    p_window_months INTEGER,
    p_office_code VARCHAR DEFAULT NULL
)
RETURNS TABLE (office_code VARCHAR, status_code VARCHAR, window_months SMALLINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role varchar;
    v_office_id smallint;
BEGIN
    IF p_status_code IS NULL OR NOT EXISTS (SELECT 1 FROM core.lead_status AS s WHERE s.code = p_status_code) THEN
        v_problems := v_problems || 'The value for the parameter status_code is not supported. It must be a lead status (app.list_codes).'::text;
    END IF;
    IF p_window_months NOT BETWEEN 0 AND 600 THEN
        v_problems := v_problems || 'The value for the parameter window_months is not supported. It must be between 0 and 600, or NULL for never.'::text;
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
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(ARRAY['admin'], 'Only admins may change contact windows.') AS r;

    UPDATE core.contact_window AS w
    SET window_months = p_window_months, last_edited_by = v_user_id
    WHERE w.status_code = p_status_code AND w.office_id IS NOT DISTINCT FROM v_office_id;
    IF NOT FOUND THEN
        INSERT INTO core.contact_window (office_id, status_code, window_months, last_edited_by)
        VALUES (v_office_id, p_status_code, p_window_months, v_user_id);
    END IF;

    RETURN QUERY
    SELECT o.office_code, w.status_code, w.window_months
    FROM core.contact_window AS w
    LEFT JOIN core.office AS o ON w.office_id = o.office_id
    WHERE w.status_code = p_status_code AND w.office_id IS NOT DISTINCT FROM v_office_id;
END
$$;
