-- app.log_event: log a call, e-mail, meeting or note on a lead, with the status it
-- leads to and the next step.
--
-- Callers: the web tier's quick logging; DBAs.
-- Parameters: p_lead_id, p_event_type (call | email | meeting | note) required;
-- p_note (<= 2000), p_new_status (a lead status; NULL = unchanged, except that a
-- call, e-mail or meeting moves new/assigned to contacted), p_next_step (<= 500),
-- p_next_step_at (date), p_client_token (uuid: a repeated submit with the same token
-- returns the first event instead of logging twice), p_occurred_at (when it happened,
-- business time: a representative may log a call a day late; NULL = now; not in the
-- future, not before the lead's delivery).
-- Result: event_id, lead_id, event_at, status (the lead's status afterwards),
-- was_duplicate.
-- Errors: LB400 invalid parameters; LB401 no active user; LB404 the lead does not
-- exist or belongs to another office (one answer for both); LB403 a representative
-- logging on a lead not assigned to them, or changing the status of a won, lost or
-- do_not_contact lead (final for representatives; managers may reopen); LB409 the client_token was used for
-- another lead.
-- Example: SELECT * FROM app.log_event(p_lead_id => 42, p_event_type => 'call', p_note => 'Interested, call back');
DROP FUNCTION IF EXISTS app.log_event;
CREATE FUNCTION app.log_event(
    p_lead_id BIGINT,
    p_event_type VARCHAR,
    p_note VARCHAR DEFAULT NULL,
    p_new_status VARCHAR DEFAULT NULL,
    p_next_step VARCHAR DEFAULT NULL,
    p_next_step_at DATE DEFAULT NULL,
    p_client_token UUID DEFAULT NULL,
    p_occurred_at TIMESTAMPTZ DEFAULT NULL
)
RETURNS TABLE (event_id BIGINT, lead_id BIGINT, event_at TIMESTAMPTZ, status VARCHAR, was_duplicate BOOLEAN)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role_code varchar;
    v_lead core.lead%ROWTYPE;
    v_new_status varchar;
    v_event_id bigint;
BEGIN
    IF p_lead_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter lead_id is not supported. It must not be empty.'::text;
    END IF;
    v_problems := v_problems || core.code_problem('event_type', 'event_type', p_event_type, true);
    v_problems := v_problems || core.code_problem('lead_status', 'new_status', p_new_status, false);
    IF length(p_note) > 2000 THEN
        v_problems := v_problems || 'The value for the parameter note is not supported. It must not be longer than 2000 characters.'::text;
    END IF;
    IF length(p_next_step) > 500 THEN
        v_problems := v_problems || 'The value for the parameter next_step is not supported. It must not be longer than 500 characters.'::text;
    END IF;
    IF p_occurred_at > now() THEN
        v_problems := v_problems || 'The value for the parameter occurred_at is not supported. It must not be in the future.'::text;
    END IF;
    -- core.code_problem is NULL for a good code.
    v_problems := array_remove(v_problems, NULL);
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id, r.role_code INTO v_user_id, v_role_code FROM security.require_caller() AS r;

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

    IF p_occurred_at < v_lead.delivered_at THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = format(
            'The value for the parameter occurred_at is not supported. It must not be before the lead was delivered (%s).',
            to_char(v_lead.delivered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')
        );
    END IF;

    IF p_client_token IS NOT NULL THEN
        RETURN QUERY
        SELECT e.event_id, e.lead_id, e.event_at, v_lead.status, TRUE
        FROM core.lead_event AS e
        WHERE e.client_token = p_client_token AND e.lead_id = p_lead_id;
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;

    IF v_role_code = 'representative' AND NOT EXISTS (
        SELECT 1 FROM core.lead_assignment AS a
        WHERE a.lead_id = p_lead_id AND a.assigned_until IS NULL AND a.user_id = v_user_id
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = format('The lead %s is not assigned to you; representatives log only on their own leads.', p_lead_id);
    END IF;

    IF p_new_status IS NOT NULL AND v_role_code = 'representative'
        AND EXISTS (SELECT 1 FROM core.lead_status AS s WHERE s.code = v_lead.status AND s.is_final)
        AND p_new_status <> v_lead.status THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = format('The lead %s is %s; only managers may reopen it.', p_lead_id, v_lead.status);
    END IF;

    v_new_status := coalesce(
        p_new_status,
        -- A contact (core.event_type.is_contact) moves a new or assigned lead on.
        CASE
            WHEN v_lead.status IN ('new', 'assigned')
                AND EXISTS (SELECT 1 FROM core.event_type AS e WHERE e.code = p_event_type AND e.is_contact)
                THEN 'contacted'
        END
    );
    IF v_new_status = v_lead.status THEN
        v_new_status := NULL;
    END IF;

    BEGIN
        INSERT INTO core.lead_event (
            lead_id, office_id, user_id, event_at, event_type, old_status, new_status, note, next_step,
            next_step_at, client_token, last_edited_by
        )
        VALUES (
            p_lead_id, v_lead.office_id, v_user_id, coalesce(p_occurred_at, now()), p_event_type,
            CASE WHEN v_new_status IS NOT NULL THEN v_lead.status END, v_new_status,
            p_note, p_next_step, p_next_step_at, p_client_token, v_user_id
        )
        RETURNING core.lead_event.event_id INTO v_event_id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409',
            MESSAGE = 'The value for the parameter client_token was already used for another event.';
    END;

    IF v_new_status IS NOT NULL THEN
        UPDATE core.lead AS l
        SET status = v_new_status, last_edited_by = v_user_id
        WHERE l.lead_id = p_lead_id;
    END IF;

    RETURN QUERY
    SELECT e.event_id, e.lead_id, e.event_at, coalesce(v_new_status, v_lead.status)::varchar, FALSE
    FROM core.lead_event AS e
    WHERE e.event_id = v_event_id;
END
$$;
