-- app.give_lead_feedback: a representative rates a lead's quality with a reason
-- (core.feedback_reason) and an optional note.
--
-- Callers: the lead page's feedback form; DBAs. Representatives on the leads assigned
-- to them; managers and admins on the leads of their offices.
-- Parameters: p_lead_id, p_reason_code (interested | not_interested | wrong_segment |
-- data_inaccurate | already_customer | not_reachable | closed_down) required;
-- p_note (<= 1000 characters).
-- Result: feedback_id, lead_id, reason_code, given_at, window_status_code (the
-- do-not-contact window the feedback opens, core.contact_window of that status; NULL
-- none), window_months (that window's length; NULL with a window = never).
-- What it feeds: the lead's latest feedback keeps it out of the next best leads for
-- its window (core.rank_next_leads); data_inaccurate counts per partner
-- (app.get_partner_quality).
-- Errors: LB400 every invalid parameter; LB401 no active user; LB404 the lead does not
-- exist or belongs to another office (one answer for both); LB403 a representative
-- on a lead not assigned to them.
-- Example: SELECT * FROM app.give_lead_feedback(p_lead_id => 42, p_reason_code => 'data_inaccurate',
--     p_note => 'Phone number belongs to another company');
DROP FUNCTION IF EXISTS app.give_lead_feedback;
CREATE FUNCTION app.give_lead_feedback(
    p_lead_id BIGINT,
    p_reason_code VARCHAR,
    p_note VARCHAR DEFAULT NULL
)
RETURNS TABLE (
    feedback_id BIGINT,
    lead_id BIGINT,
    reason_code VARCHAR,
    given_at TIMESTAMPTZ,
    window_status_code VARCHAR,
    window_months SMALLINT
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role_code varchar;
    v_office_id smallint;
    v_feedback_id bigint;
BEGIN
    IF p_lead_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter lead_id is not supported. It must not be empty.'::text;
    END IF;
    v_problems := v_problems || core.code_problem('feedback_reason', 'reason_code', p_reason_code, true);
    IF length(p_note) > 1000 THEN
        v_problems := v_problems || 'The value for the parameter note is not supported. It must not be longer than 1000 characters.'::text;
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
        SELECT l.office_id INTO v_office_id FROM core.lead AS l WHERE l.lead_id = p_lead_id FOR SHARE;
    END IF;
    IF v_office_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('The lead %s was not found.', p_lead_id);
    END IF;

    IF v_role_code = 'representative' AND NOT EXISTS (
        SELECT 1 FROM core.lead_assignment AS a
        WHERE a.lead_id = p_lead_id AND a.assigned_until IS NULL AND a.user_id = v_user_id
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = format('The lead %s is not assigned to you; representatives rate only their own leads.', p_lead_id);
    END IF;

    INSERT INTO core.lead_feedback (lead_id, office_id, user_id, reason_code, note)
    VALUES (p_lead_id, v_office_id, v_user_id, p_reason_code, nullif(btrim(p_note), ''))
    RETURNING core.lead_feedback.feedback_id INTO v_feedback_id;

    RETURN QUERY
    SELECT
        f.feedback_id, f.lead_id, f.reason_code, f.given_at, r.window_status_code,
        (
            SELECT cw.window_months FROM core.contact_window AS cw
            WHERE cw.status_code = r.window_status_code AND (cw.office_id = f.office_id OR cw.office_id IS NULL)
            ORDER BY cw.office_id NULLS LAST LIMIT 1
        )
    FROM core.lead_feedback AS f
    INNER JOIN core.feedback_reason AS r ON f.reason_code = r.code
    WHERE f.feedback_id = v_feedback_id;
END
$$;
