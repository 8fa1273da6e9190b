-- security.open_break_glass: a DBA's audited access to every office.
--
-- Callers: members of leadbase_breakglass (psql). Opens a session of one hour,
-- logged with login and reason in security.break_glass_log, and sets app.break_glass_id
-- for the current transaction; security.caller_offices() then returns every office.
--
-- Parameters: p_reason (required, at least 10 characters: why access is needed).
-- Result: break_glass_id, expires_at.
-- Errors: LB400 reason missing or too short; LB403 caller not in leadbase_breakglass.
-- Example: BEGIN; SELECT * FROM security.open_break_glass(p_reason => 'Ticket 4711: lead lost');
--          SELECT * FROM bi.lead WHERE lead_id = 42; COMMIT;
DROP FUNCTION IF EXISTS security.open_break_glass;
CREATE FUNCTION security.open_break_glass(p_reason VARCHAR)
RETURNS TABLE (break_glass_id INTEGER, expires_at TIMESTAMPTZ)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
    v_expires timestamptz;
BEGIN
    IF p_reason IS NULL OR length(trim(p_reason)) < 10 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter reason is not supported. '
                || 'Give the reason for the access in at least 10 characters.';
    END IF;
    IF NOT pg_has_role(session_user, 'leadbase_breakglass', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = 'Only members of leadbase_breakglass may open a break-glass session.';
    END IF;

    INSERT INTO security.break_glass_log (login_name, reason, expires_at)
    VALUES (session_user, trim(p_reason), now() + interval '1 hour')
    RETURNING security.break_glass_log.break_glass_id, security.break_glass_log.expires_at
    INTO v_id, v_expires;

    PERFORM set_config('app.break_glass_id', v_id::text, TRUE);
    RETURN QUERY SELECT v_id, v_expires;
END
$$;
