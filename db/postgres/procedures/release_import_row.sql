-- app.release_import_row: a manager overrides an import decision and releases a held
-- row (suppressed or duplicate) as a new lead of its office, with a mandatory reason.
-- The override is recorded (core.import_override: who, when, why, the new lead).
--
-- Parameters: p_decision_id; p_reason (1-500 characters).
-- Result: decision_id, action ('release'), lead_id, overridden_at.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 not a manager
-- or admin; LB404 no such decision in the caller's offices (another office's reads
-- the same); LB409 the row is not held (new, refreshed, invalid) or was released.
-- Example: SELECT * FROM app.release_import_row(p_decision_id => 77,
--     p_reason => 'Different company: same phone switchboard as the holding');
DROP FUNCTION IF EXISTS app.release_import_row;
CREATE FUNCTION app.release_import_row(p_decision_id BIGINT, p_reason VARCHAR)
RETURNS TABLE (decision_id BIGINT, action VARCHAR, lead_id BIGINT, overridden_at TIMESTAMPTZ)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role varchar;
    v_decision core.import_decision%ROWTYPE;
    v_decision_code varchar;
    v_lead_id bigint;
BEGIN
    p_reason := trim(p_reason);
    IF p_decision_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter decision_id is not supported. It must be given.'::text;
    END IF;
    IF nullif(p_reason, '') IS NULL OR length(p_reason) > 500 THEN
        v_problems := v_problems || 'The value for the parameter reason is not supported. It must have 1 to 500 characters.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may override import decisions.'
    ) AS r;

    -- Row-level security: a decision of another office is not found, like a missing one.
    SELECT d.* INTO v_decision FROM core.import_decision AS d WHERE d.decision_id = p_decision_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('There is no import decision %s.', p_decision_id);
    END IF;
    SELECT r.decision_code INTO v_decision_code FROM core.import_reason AS r WHERE r.reason_code = v_decision.reason_code;
    IF v_decision_code NOT IN ('suppressed', 'duplicate') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409',
            MESSAGE = format('Only a suppressed or duplicate row can be released; this row is %s.', v_decision_code);
    END IF;
    IF EXISTS (SELECT 1 FROM core.import_override AS o WHERE o.decision_id = p_decision_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409', MESSAGE = 'This row was released already.';
    END IF;

    PERFORM core.routing_lock('Shared');
    v_lead_id := core.lead_from_decision(p_decision_id, v_user_id);

    INSERT INTO core.import_override (decision_id, office_id, action, reason, lead_id, overridden_by)
    VALUES (p_decision_id, v_decision.office_id, 'release', p_reason, v_lead_id, v_user_id);

    RETURN QUERY
    SELECT o.decision_id, o.action, o.lead_id, o.overridden_at
    FROM core.import_override AS o WHERE o.decision_id = p_decision_id;
END
$$;
