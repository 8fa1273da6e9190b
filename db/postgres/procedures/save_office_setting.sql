-- app.save_office_setting: an office's settings for the representatives' home page.
--
-- Callers: admins; managers of that office.
-- Parameters: p_office_code (required; an office of the caller), p_untouched_alert_days
-- (1-365: a lead assigned and untouched this many days raises an alert, app.my_alerts).
-- Result: office_code, untouched_alert_days.
-- Errors: LB400 every invalid parameter (an office not the caller's reads like an
-- unknown one); LB401 no active user; LB403 not an admin or manager.
-- Example: SELECT * FROM app.save_office_setting(p_office_code => 'luzern', p_untouched_alert_days => 3);
DROP FUNCTION IF EXISTS app.save_office_setting;
CREATE FUNCTION app.save_office_setting(p_office_code VARCHAR, p_untouched_alert_days INTEGER)
RETURNS TABLE (office_code VARCHAR, untouched_alert_days SMALLINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_caller_id integer;
    v_office_id smallint;
BEGIN
    SELECT r.user_id INTO v_caller_id
    FROM security.require_caller(ARRAY['admin', 'manager'], 'Only admins and managers may change office settings.') AS r;

    SELECT o.office_id INTO v_office_id
    FROM core.office AS o
    WHERE o.office_code = p_office_code AND o.office_id = ANY (security.caller_offices());
    IF v_office_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter office_code is not supported. It must name one of your offices.'::text;
    END IF;
    IF p_untouched_alert_days IS NULL OR p_untouched_alert_days NOT BETWEEN 1 AND 365 THEN
        v_problems := v_problems || 'The value for the parameter untouched_alert_days is not supported. It must be between 1 and 365.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    INSERT INTO core.office_setting AS s (office_id, untouched_alert_days, last_edited_by)
    VALUES (v_office_id, p_untouched_alert_days, v_caller_id)
    ON CONFLICT (office_id) DO UPDATE
    SET untouched_alert_days = excluded.untouched_alert_days, last_edited_by = excluded.last_edited_by;

    RETURN QUERY
    SELECT o.office_code, s.untouched_alert_days
    FROM core.office_setting AS s
    INNER JOIN core.office AS o ON s.office_id = o.office_id
    WHERE s.office_id = v_office_id;
END
$$;
