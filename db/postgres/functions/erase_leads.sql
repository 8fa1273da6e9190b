-- core.erase_leads: the one way personal data of leads is erased (Swiss nDSG), for a
-- set of leads at once; app.erase_lead (one lead, on request) and app.apply_retention
-- (every lead past its retention period) both call it. For each lead:
--   - every match key it ever had becomes a hashed suppression marker
--     (core.suppression, for good, source p_source: 'erasure' or 'retention'), so a
--     later delivery of the same company is still suppressed; then its keys go;
--   - its personal data is removed (name 'erased #<id>', legal form, UID, street,
--     phone, e-mail, website; notes and next steps of its events; the notes of its
--     feedback (core.lead_feedback); the import
--     decisions that name it lose the delivered data);
--   - a request is recorded (core.erasure_request: who, when, why, how many markers)
--     without the erased data; core.anonymize_history then anonymizes the history
--     rows of every pending request.
-- PLZ, Ort, office, status and dates stay (no personal data; the figures stay right).
-- The caller checks who may erase which leads; this function erases what it is given.
-- Runs with its caller's rights (app.erase_lead, app.apply_retention: leadbase_router).
-- Result: lead_id, erasure_request_id, marker_count, one row per erased lead.
-- T-SQL twin: db/functions/erase_leads.sql (core.erase_leads with a core.lead_id_list).
DROP FUNCTION IF EXISTS core.erase_leads;
CREATE FUNCTION core.erase_leads(p_lead_ids BIGINT[], p_user_id INTEGER, p_reason VARCHAR, p_source VARCHAR)
RETURNS TABLE (lead_id BIGINT, erasure_request_id BIGINT, marker_count INTEGER)
LANGUAGE plpgsql
VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS erase_marker (lead_id BIGINT, key_hash BYTEA, key_kind VARCHAR(10))
    ON COMMIT DROP;
    TRUNCATE erase_marker;

    -- Every key the leads ever had, before their names become 'erased #<id>'.
    INSERT INTO erase_marker (lead_id, key_hash, key_kind)
    SELECT DISTINCT m.lead_id, m.key_hash, m.key_kind
    FROM core.lead_match_key AS m
    WHERE m.lead_id = ANY (p_lead_ids);

    UPDATE core.lead AS l
    SET
        company_name = 'erased #' || l.lead_id, legal_form = NULL, uid = NULL, street = NULL, phone = NULL,
        email = NULL, website = NULL, last_edited_by = p_user_id
    WHERE l.lead_id = ANY (p_lead_ids);
    UPDATE core.lead_event AS e
    SET note = NULL, next_step = NULL, last_edited_by = p_user_id
    WHERE e.lead_id = ANY (p_lead_ids) AND (e.note IS NOT NULL OR e.next_step IS NOT NULL);
    UPDATE core.lead_feedback AS f
    SET note = NULL
    WHERE f.lead_id = ANY (p_lead_ids) AND f.note IS NOT NULL;
    UPDATE core.import_decision AS d
    SET
        company_name = NULL, legal_form = NULL, uid = NULL, street = NULL, phone = NULL, email = NULL,
        website = NULL
    WHERE d.lead_id = ANY (p_lead_ids);

    INSERT INTO core.suppression (key_hash, key_kind, source, created_by)
    SELECT k.key_hash, k.key_kind, p_source, p_user_id
    FROM erase_marker AS k;
    -- The keys go, those of the new name 'erased #<id>' too (they match nothing else).
    DELETE FROM core.lead_match_key AS m WHERE m.lead_id = ANY (p_lead_ids);

    RETURN QUERY
    WITH inserted AS (
        INSERT INTO core.erasure_request (lead_id, office_id, reason, requested_by, marker_count)
        SELECT
            l.lead_id, l.office_id, p_reason, p_user_id,
            (SELECT count(*) FROM erase_marker AS k WHERE k.lead_id = l.lead_id)
        FROM core.lead AS l
        WHERE l.lead_id = ANY (p_lead_ids)
        RETURNING core.erasure_request.lead_id, core.erasure_request.erasure_request_id,
            core.erasure_request.marker_count
    )
    SELECT i.lead_id, i.erasure_request_id, i.marker_count FROM inserted AS i ORDER BY i.lead_id;

    -- The requests just recorded are pending: their history rows now (history is a
    -- plain table here; on SQL Server a DBA's core.anonymize_history does it).
    PERFORM core.anonymize_history();
END
$$;
