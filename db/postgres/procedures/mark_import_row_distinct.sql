-- app.mark_import_row_distinct: a manager overrides a false match. A row held
-- because it matched an existing lead (already_customer, do_not_contact,
-- other_office_pipeline, contacted_recently) is a different company: it becomes a
-- new lead of its office, and the new lead is remembered as distinct from every
-- lead it shares a strong match key with (core.distinct_lead_pair, both ways), so
-- that a key two distinct leads share matches neither of them in later imports.
-- The override is recorded with the mandatory reason, who and when
-- (core.import_override, action 'distinct'). Which leads the row matched is never
-- told: they may be another office's.
--
-- Parameters: p_decision_id; p_reason (1-500 characters).
-- Result: decision_id, action ('distinct'), lead_id, overridden_at.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 not a manager
-- or admin; LB404 no such decision in the caller's offices (another office's reads
-- the same); LB409 the row was not held by a matched lead (new, refreshed, on the
-- suppression list, a duplicate within the batch, invalid), or was overridden.
-- Example: SELECT * FROM app.mark_import_row_distinct(p_decision_id => 77,
--     p_reason => 'Same switchboard number, different company');
DROP FUNCTION IF EXISTS app.mark_import_row_distinct;
CREATE FUNCTION app.mark_import_row_distinct(p_decision_id BIGINT, p_reason VARCHAR)
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
    IF v_decision_code <> 'suppressed' OR v_decision.reason_code = 'suppression_list' THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409', MESSAGE = format(
            'Only a row held because it matched an existing lead can be marked distinct; this row is %s (%s).',
            v_decision_code, v_decision.reason_code);
    END IF;
    IF EXISTS (SELECT 1 FROM core.import_override AS o WHERE o.decision_id = p_decision_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409', MESSAGE = 'This row was overridden already.';
    END IF;

    PERFORM core.routing_lock('Shared');
    v_lead_id := core.lead_from_decision(p_decision_id, v_user_id);

    -- The new lead's keys (added by core.keep_match_keys) against every lead's keys:
    -- core.lead_match_key holds hashes and lead ids of every office, and no office data.
    INSERT INTO core.distinct_lead_pair (lead_id, distinct_from_lead_id)
    SELECT DISTINCT pair.lead_id, pair.distinct_from_lead_id
    FROM core.lead_match_key AS mine
    INNER JOIN core.lead_match_key AS other
        ON mine.key_hash = other.key_hash AND other.lead_id <> mine.lead_id
    CROSS JOIN LATERAL (
        VALUES (mine.lead_id, other.lead_id), (other.lead_id, mine.lead_id)
    ) AS pair (lead_id, distinct_from_lead_id)
    WHERE mine.lead_id = v_lead_id AND mine.key_kind <> 'domain'
    ON CONFLICT DO NOTHING;

    INSERT INTO core.import_override (decision_id, office_id, action, reason, lead_id, overridden_by)
    VALUES (p_decision_id, v_decision.office_id, 'distinct', p_reason, v_lead_id, v_user_id);

    RETURN QUERY
    SELECT o.decision_id, o.action, o.lead_id, o.overridden_at
    FROM core.import_override AS o WHERE o.decision_id = p_decision_id;
END
$$;
