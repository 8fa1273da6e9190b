-- app.assign_lead: give a lead to a representative (or move it to another one).
--
-- Callers: managers and admins (web tier, DBAs).
-- Parameters: p_lead_id, p_user_id (an active representative of the lead's office)
-- required; p_note (<= 500) optional.
-- Result: assignment_id, lead_id, user_id, assigned_at, previous_user_id. Assigning
-- a lead to the representative who already has it changes nothing and returns the
-- current assignment (a repeated submit is harmless). The assignment records why:
-- reason_code assigned (nobody had it) or reassigned (the note says why).
-- Errors: LB400 invalid parameters, or user_id is not an active representative of the
-- lead's office; LB401 no active user; LB403 caller is a representative; LB404 the
-- lead does not exist or belongs to another office; LB409 the lead is won, lost or
-- do_not_contact.
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
    v_caller_id integer;
    v_caller_role varchar;
    v_lead core.lead%ROWTYPE;
    v_current core.lead_assignment%ROWTYPE;
BEGIN
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

    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role FROM security.require_caller(ARRAY['manager', 'admin'], 'Only managers and admins may assign leads.') AS r;

    -- Another office's lead fails here, as early and as fast as a missing one
    -- (functions/lead_in_offices.sql); the row is then read under RLS.
    IF core.lead_in_offices(security.caller_offices(), p_lead_id) THEN
        -- Shared routing lock, as on SQL Server (core.routing_lock): not during routing.
        PERFORM core.routing_lock('Shared');
        SELECT l.* INTO v_lead FROM core.lead AS l WHERE l.lead_id = p_lead_id FOR UPDATE;
    END IF;
    IF v_lead.lead_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('The lead %s was not found.', p_lead_id);
    END IF;
    IF EXISTS (SELECT 1 FROM core.lead_status AS s WHERE s.code = v_lead.status AND s.is_final) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409',
            MESSAGE = format('The lead %s is %s and cannot be assigned.', p_lead_id, v_lead.status);
    END IF;
    IF NOT EXISTS (
        SELECT 1
        FROM core.app_user AS u
        INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
        WHERE
            u.user_id = p_user_id AND u.is_active AND u.role_code = 'representative'
            AND uo.office_id = v_lead.office_id
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter user_id is not supported. It must be an active representative of the lead''s office.';
    END IF;

    SELECT a.* INTO v_current
    FROM core.lead_assignment AS a
    WHERE a.lead_id = p_lead_id AND a.assigned_until IS NULL
    FOR UPDATE;

    IF v_current.user_id = p_user_id THEN
        RETURN QUERY SELECT v_current.assignment_id, p_lead_id, p_user_id, v_current.assigned_at, p_user_id;
        RETURN;
    END IF;

    IF v_current.assignment_id IS NOT NULL THEN
        UPDATE core.lead_assignment AS a
        SET assigned_until = now(), last_edited_by = v_caller_id
        WHERE a.assignment_id = v_current.assignment_id;
    END IF;

    IF v_lead.status = 'new' THEN
        UPDATE core.lead AS l
        SET status = 'assigned', last_edited_by = v_caller_id
        WHERE l.lead_id = p_lead_id;
    END IF;

    RETURN QUERY
    INSERT INTO core.lead_assignment AS a (lead_id, office_id, user_id, assigned_by, note, last_edited_by, reason_code)
    VALUES (
        p_lead_id, v_lead.office_id, p_user_id, v_caller_id, p_note, v_caller_id,
        CASE WHEN v_current.assignment_id IS NULL THEN 'assigned' ELSE 'reassigned' END
    )
    RETURNING a.assignment_id, a.lead_id, a.user_id, a.assigned_at, v_current.user_id;
END
$$;
