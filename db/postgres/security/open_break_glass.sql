-- security.open_break_glass: a DBA's audited access beyond their own user.
--
-- Callers: members of leadbase_breakglass (psql). Opens a session of one hour,
-- logged with login, reason and whom it acts as in security.break_glass_log, and sets
-- app.break_glass_id for the current transaction. Without p_act_as_user_id,
-- security.caller_offices() then returns every office (read bi.* across offices);
-- with it, security.caller() returns that user, so app.* runs as them.
--
-- Parameters: p_reason (required, at least 10 characters: why access is needed);
-- p_act_as_user_id (NULL: every office as nobody; else an active user to act as).
-- Result: break_glass_id, expires_at.
-- Errors: LB400 reason missing or too short, or act_as_user_id names no active user;
-- LB403 caller not in leadbase_breakglass.
-- Example: BEGIN; SELECT * FROM security.open_break_glass(p_reason => 'Ticket 4711: lead lost');
--          SELECT * FROM bi.lead WHERE lead_id = 42; COMMIT;
--          BEGIN; SELECT * FROM security.open_break_glass(
--              p_reason => 'Ticket 4712: reassign for absent manager', p_act_as_user_id => 7);
--          SELECT * FROM app.assign_lead(p_lead_id => 42, p_user_id => 9, p_note => 'Absent'); COMMIT;
DROP FUNCTION IF EXISTS security.open_break_glass;
CREATE FUNCTION security.open_break_glass(p_reason VARCHAR, p_act_as_user_id INTEGER DEFAULT NULL)
RETURNS TABLE (break_glass_id INTEGER, expires_at TIMESTAMPTZ)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id integer;
    v_expires timestamptz;
    v_problems text[] := '{}';
BEGIN
    IF NOT pg_has_role(session_user, 'leadbase_breakglass', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = 'Only members of leadbase_breakglass may open a break-glass session.';
    END IF;
    IF p_reason IS NULL OR length(trim(p_reason)) < 10 THEN
        v_problems := v_problems || ('The value for the parameter reason is not supported. '
            || 'Give the reason for the access in at least 10 characters.');
    END IF;
    IF p_act_as_user_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM core.app_user AS u WHERE u.user_id = p_act_as_user_id AND u.is_active
    ) THEN
        v_problems := v_problems || ('The value for the parameter act_as_user_id is not supported. '
            || 'It must name an active user.');
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    INSERT INTO security.break_glass_log (login_name, reason, expires_at, act_as_user_id)
    VALUES (session_user, trim(p_reason), now() + interval '1 hour', p_act_as_user_id)
    RETURNING security.break_glass_log.break_glass_id, security.break_glass_log.expires_at
    INTO v_id, v_expires;

    PERFORM set_config('app.break_glass_id', v_id::text, TRUE);
    RETURN QUERY SELECT v_id, v_expires;
END
$$;
