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
    v_received_at timestamptz;
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
    SELECT c.user_id, c.role_code INTO v_user_id, v_role FROM security.caller() AS c;
    IF v_user_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB401', MESSAGE = 'No active user is signed in.';
    END IF;
    IF v_role NOT IN ('manager', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403', MESSAGE = 'Only managers and admins may override import decisions.';
    END IF;

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
    SELECT b.received_at INTO v_received_at FROM core.import_batch AS b WHERE b.batch_id = v_decision.batch_id;
    INSERT INTO core.lead (
        company_name, legal_form, uid, street, plz, ort, canton, phone, email, website, branche, size_category,
        source_batch, status, score, office_id, last_edited_by, delivered_at, import_batch_id, no_advertising
    )
    SELECT
        v_decision.company_name, v_decision.legal_form,
        (SELECT substr(k, 1, 3) || '-' || substr(k, 4, 3) || '.' || substr(k, 7, 3) || '.' || substr(k, 10, 3)
         FROM core.uid_key(v_decision.uid) AS k),
        v_decision.street, v_decision.plz::smallint, v_decision.ort, v_decision.canton, v_decision.phone,
        v_decision.email, v_decision.website, v_decision.branche, v_decision.size_category,
        left(p.partner_code || ' #' || v_decision.batch_id, 40), 'new', s.score, v_decision.office_id, v_user_id,
        v_received_at, v_decision.batch_id, v_decision.no_advertising
    FROM core.import_batch AS b
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    CROSS JOIN LATERAL core.initial_score(
        v_decision.size_category, v_decision.phone, v_decision.email, v_decision.website, v_decision.uid
    ) AS s
    WHERE b.batch_id = v_decision.batch_id
    RETURNING core.lead.lead_id INTO v_lead_id;

    INSERT INTO core.import_override (decision_id, office_id, action, reason, lead_id, overridden_by)
    VALUES (p_decision_id, v_decision.office_id, 'release', p_reason, v_lead_id, v_user_id);

    RETURN QUERY
    SELECT o.decision_id, o.action, o.lead_id, o.overridden_at
    FROM core.import_override AS o WHERE o.decision_id = p_decision_id;
END
$$;
