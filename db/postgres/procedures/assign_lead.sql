-- app.assign_lead: give a lead to a representative (or move it to another one): the
-- one-lead case of app.assign_leads, which holds the rule (one way of assigning).
--
-- Callers: managers and admins (web tier, DBAs).
-- Parameters: p_lead_id, p_user_id (an active representative of the lead's office)
-- required; p_note (<= 500) optional, required when the lead is taken from another
-- representative (the reason).
-- Result: assignment_id, lead_id, user_id, assigned_at, previous_user_id. Assigning
-- a lead to the representative who already has it changes nothing and returns the
-- current assignment (a repeated submit is harmless). The assignment records why:
-- reason_code assigned (nobody had it) or reassigned (the note says why).
-- Errors (those of app.assign_leads, for one lead): LB400 invalid parameters, user_id
-- is not an active representative of the lead's office, or a reassignment without a
-- note; LB401 no active user; LB403 caller is a representative; LB404 the lead does
-- not exist or belongs to another office; LB409 the lead is won, lost or do_not_contact.
-- Example: SELECT * FROM app.assign_lead(p_lead_id => 42, p_user_id => 7, p_note => 'Knows the owner');
DROP FUNCTION IF EXISTS app.assign_lead;
CREATE FUNCTION app.assign_lead(
    p_lead_id BIGINT,
    p_user_id INTEGER,
    p_note VARCHAR DEFAULT NULL
)
RETURNS TABLE (
    assignment_id BIGINT,
    lead_id BIGINT,
    user_id INTEGER,
    assigned_at TIMESTAMPTZ,
    previous_user_id INTEGER
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
BEGIN
    -- The parameters, lead_id being this function's own: every problem at once.
    IF p_lead_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter lead_id is not supported. It must not be empty.'::text;
    END IF;
    IF p_user_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter user_id is not supported. It must not be empty.'::text;
    END IF;
    IF length(p_note) > 500 THEN
        v_problems := v_problems || 'The value for the parameter note is not supported. It must not be longer than 500 characters.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    -- The rule, for one lead: its checks, errors, locks and result.
    RETURN QUERY
    SELECT a.assignment_id, a.lead_id, a.user_id, a.assigned_at, a.previous_user_id
    FROM app.assign_leads(p_lead_ids => ARRAY[p_lead_id], p_user_id => p_user_id, p_note => p_note) AS a;
END
$$;
