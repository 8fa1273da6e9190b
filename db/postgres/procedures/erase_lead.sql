-- app.erase_lead: a per-lead erasure request (Swiss nDSG), done at once by
-- core.erase_leads (functions/erase_leads.sql), the mechanism retention shares. The lead's
-- match keys become hashed suppression markers (core.suppression, source 'erasure',
-- for good: a later delivery of the same company is still suppressed), its personal
-- data is removed (name 'erased #<id>', UID, street, phone, e-mail, website; notes and
-- next steps of its events), the history rows are anonymized too, import decisions
-- that name it lose its data, and the request is recorded (who, when, why) without
-- the erased data. PLZ, Ort, office, status and dates stay (they are no personal data
-- and keep the figures right).
--
-- Parameters: p_lead_id; p_reason (1-500 characters).
-- Result: erasure_request_id, lead_id, marker_count, requested_at.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 not a manager or
-- admin; LB404 the lead does not exist or belongs to another office (the same answer).
-- Owned by leadbase_router (BYPASSRLS): the history rows of the lead from before a
-- move to this office belong to another office, and must be anonymized as well. The
-- office check below keeps callers to leads of their offices.
-- Example: SELECT * FROM app.erase_lead(p_lead_id => 42, p_reason => 'Request by e-mail of 2026-11-20');
DROP FUNCTION IF EXISTS app.erase_lead;
CREATE FUNCTION app.erase_lead(p_lead_id BIGINT, p_reason VARCHAR)
RETURNS TABLE (erasure_request_id BIGINT, lead_id BIGINT, marker_count INTEGER, requested_at TIMESTAMPTZ)
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
    v_request_id bigint;
BEGIN
    p_reason := trim(p_reason);
    IF p_lead_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter lead_id is not supported. It must be given.'::text;
    END IF;
    IF nullif(p_reason, '') IS NULL OR length(p_reason) > 500 THEN
        v_problems := v_problems || 'The value for the parameter reason is not supported. It must have 1 to 500 characters.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may erase leads.'
    ) AS r;

    SELECT l.office_id INTO v_office_id
    FROM core.lead AS l
    WHERE l.lead_id = p_lead_id AND l.office_id = ANY (security.caller_offices())
    FOR UPDATE;
    IF v_office_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('There is no lead %s.', p_lead_id);
    END IF;

    -- The shared mechanism (functions/erase_leads.sql), also used by app.apply_retention.
    SELECT e.erasure_request_id INTO v_request_id
    FROM core.erase_leads(ARRAY[p_lead_id], v_user_id, p_reason, 'erasure') AS e;

    RETURN QUERY
    SELECT r.erasure_request_id, r.lead_id, r.marker_count, r.requested_at
    FROM core.erasure_request AS r WHERE r.erasure_request_id = v_request_id;
END
$$;

ALTER FUNCTION app.erase_lead OWNER TO leadbase_router;
