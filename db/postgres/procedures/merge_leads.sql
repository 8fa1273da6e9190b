-- app.merge_leads: a manager merges two leads of one office that are the same company,
-- with a mandatory reason. What a merge means (db/CONTRACT.md, "Merging leads"):
-- - the survivor keeps its own data; its empty fields take the merged lead's values;
--   no_advertising (UWG star entry) holds if either lead had it; delivered_at is the
--   earlier delivery;
-- - the merged lead's events and assignments move to the survivor (a current
--   assignment of the merged lead ends when the survivor has one); its match keys,
--   distinct pairs, import decisions, overrides and feedback point to the survivor (its
--   learned score, core.lead_score, goes), so later
--   deliveries of either spelling match the survivor;
-- - the merged lead is deleted from core.lead: its versions, and the versions of its
--   events and assignments before the move, stay in history (get_lead_as_of);
-- - core.lead_merge records who, when, why and how much moved; the survivor's
--   timeline gets a note.
--
-- Parameters: p_survivor_lead_id; p_merged_lead_id; p_reason (1-500 characters).
-- Result: survivor_lead_id, merged_lead_id, event_count, assignment_count, merged_at.
-- Errors: LB400 every invalid parameter (also the same lead twice); LB401 no active
-- user; LB403 not a manager or admin; LB404 a lead not in the caller's offices
-- (another office's reads like a missing one); LB409 the leads are of two offices.
-- Example: SELECT * FROM app.merge_leads(p_survivor_lead_id => 12, p_merged_lead_id => 34,
--     p_reason => 'Same company: head office and old address');
DROP FUNCTION IF EXISTS app.merge_leads;
CREATE FUNCTION app.merge_leads(p_survivor_lead_id BIGINT, p_merged_lead_id BIGINT, p_reason VARCHAR)
RETURNS TABLE (
    survivor_lead_id BIGINT,
    merged_lead_id BIGINT,
    event_count INTEGER,
    assignment_count INTEGER,
    merged_at TIMESTAMPTZ
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role varchar;
    v_survivor core.lead%ROWTYPE;
    v_merged core.lead%ROWTYPE;
    v_events integer;
    v_assignments integer;
BEGIN
    p_reason := trim(p_reason);
    IF p_survivor_lead_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter survivor_lead_id is not supported. It must be given.'::text;
    END IF;
    IF p_merged_lead_id IS NULL OR p_merged_lead_id = p_survivor_lead_id THEN
        v_problems := v_problems
            || 'The value for the parameter merged_lead_id is not supported. It must be given and differ from survivor_lead_id.'::text;
    END IF;
    IF nullif(p_reason, '') IS NULL OR length(p_reason) > 500 THEN
        v_problems := v_problems || 'The value for the parameter reason is not supported. It must have 1 to 500 characters.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may merge leads.'
    ) AS r;

    PERFORM core.routing_lock('Shared');
    -- Row-level security: a lead of another office is not found, like a missing one.
    -- Both rows locked in lead_id order, so two merges of the same pair cannot deadlock.
    PERFORM 1 FROM core.lead AS l WHERE l.lead_id IN (p_survivor_lead_id, p_merged_lead_id)
    ORDER BY l.lead_id FOR UPDATE;
    SELECT l.* INTO v_survivor FROM core.lead AS l WHERE l.lead_id = p_survivor_lead_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('There is no lead %s.', p_survivor_lead_id);
    END IF;
    SELECT l.* INTO v_merged FROM core.lead AS l WHERE l.lead_id = p_merged_lead_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('There is no lead %s.', p_merged_lead_id);
    END IF;
    IF v_survivor.office_id <> v_merged.office_id THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409', MESSAGE = 'Only leads of the same office can be merged.';
    END IF;

    -- The merged lead's events and assignments belong to the survivor now.
    UPDATE core.lead_event AS e SET lead_id = p_survivor_lead_id, last_edited_by = v_user_id
    WHERE e.lead_id = p_merged_lead_id;
    GET DIAGNOSTICS v_events = ROW_COUNT;
    UPDATE core.lead_assignment AS a SET assigned_until = now(), last_edited_by = v_user_id
    WHERE
        a.lead_id = p_merged_lead_id AND a.assigned_until IS NULL
        AND EXISTS (
            SELECT 1 FROM core.lead_assignment AS s
            WHERE s.lead_id = p_survivor_lead_id AND s.assigned_until IS NULL
        );
    UPDATE core.lead_assignment AS a SET lead_id = p_survivor_lead_id, last_edited_by = v_user_id
    WHERE a.lead_id = p_merged_lead_id;
    GET DIAGNOSTICS v_assignments = ROW_COUNT;

    -- Later deliveries of either spelling match the survivor.
    INSERT INTO core.lead_match_key (key_hash, lead_id, key_kind)
    SELECT k.key_hash, p_survivor_lead_id, k.key_kind FROM core.lead_match_key AS k
    WHERE k.lead_id = p_merged_lead_id
    ON CONFLICT DO NOTHING;
    DELETE FROM core.lead_match_key AS k WHERE k.lead_id = p_merged_lead_id;
    INSERT INTO core.distinct_lead_pair (lead_id, distinct_from_lead_id)
    SELECT
        CASE WHEN dp.lead_id = p_merged_lead_id THEN p_survivor_lead_id ELSE dp.lead_id END,
        CASE WHEN dp.distinct_from_lead_id = p_merged_lead_id THEN p_survivor_lead_id ELSE dp.distinct_from_lead_id END
    FROM core.distinct_lead_pair AS dp
    WHERE
        p_merged_lead_id IN (dp.lead_id, dp.distinct_from_lead_id)
        AND p_survivor_lead_id NOT IN (dp.lead_id, dp.distinct_from_lead_id)
    ON CONFLICT DO NOTHING;
    DELETE FROM core.distinct_lead_pair AS dp WHERE p_merged_lead_id IN (dp.lead_id, dp.distinct_from_lead_id);
    UPDATE core.import_decision AS d SET lead_id = p_survivor_lead_id WHERE d.lead_id = p_merged_lead_id;
    UPDATE core.import_override AS o SET lead_id = p_survivor_lead_id WHERE o.lead_id = p_merged_lead_id;
    UPDATE core.lead_feedback AS f SET lead_id = p_survivor_lead_id WHERE f.lead_id = p_merged_lead_id;
    DELETE FROM core.lead_score AS s WHERE s.lead_id = p_merged_lead_id;
    UPDATE core.lead_merge AS m SET survivor_lead_id = p_survivor_lead_id WHERE m.survivor_lead_id = p_merged_lead_id;

    UPDATE core.lead AS l
    SET
        legal_form = coalesce(l.legal_form, v_merged.legal_form),
        uid = coalesce(l.uid, v_merged.uid),
        street = coalesce(l.street, v_merged.street),
        canton = coalesce(l.canton, v_merged.canton),
        phone = coalesce(l.phone, v_merged.phone),
        email = coalesce(l.email, v_merged.email),
        website = coalesce(l.website, v_merged.website),
        branche = coalesce(l.branche, v_merged.branche),
        no_advertising = l.no_advertising OR v_merged.no_advertising,
        delivered_at = least(l.delivered_at, v_merged.delivered_at),
        last_edited_by = v_user_id
    WHERE l.lead_id = p_survivor_lead_id;
    DELETE FROM core.lead AS l WHERE l.lead_id = p_merged_lead_id;

    INSERT INTO core.lead_event (lead_id, office_id, user_id, event_type, note, last_edited_by)
    VALUES (
        p_survivor_lead_id, v_survivor.office_id, v_user_id, 'note',
        left(format('Merged lead %s (%s) into this lead: %s', p_merged_lead_id, v_merged.company_name, p_reason), 2000),
        v_user_id
    );
    INSERT INTO core.lead_merge (
        merged_lead_id, survivor_lead_id, office_id, reason, event_count, assignment_count, merged_by
    )
    VALUES (p_merged_lead_id, p_survivor_lead_id, v_survivor.office_id, p_reason, v_events, v_assignments, v_user_id);

    RETURN QUERY
    SELECT m.survivor_lead_id, m.merged_lead_id, m.event_count, m.assignment_count, m.merged_at
    FROM core.lead_merge AS m WHERE m.merged_lead_id = p_merged_lead_id;
END
$$;
