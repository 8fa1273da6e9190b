-- core.anonymize_history(): anonymizes the history rows (history.lead,
-- history.lead_event) of every erased lead whose request is still pending, and marks
-- the requests done. On PostgreSQL app.erase_lead calls it at once (history is a
-- plain table here); the T-SQL twin is the documented DBA procedure that switches
-- system versioning off and on around the same updates in one transaction.
-- Runs as the deploying or owning role; reached only through app.erase_lead.
-- Result: the number of requests completed.
CREATE OR REPLACE FUNCTION core.anonymize_history()
RETURNS INTEGER
LANGUAGE plpgsql
VOLATILE
AS $$
DECLARE
    v_done integer;
BEGIN
    UPDATE history.lead AS h
    SET
        company_name = 'erased #' || h.lead_id, legal_form = NULL, uid = NULL, street = NULL, phone = NULL,
        email = NULL, website = NULL
    FROM core.erasure_request AS r
    WHERE r.history_anonymized_at IS NULL AND h.lead_id = r.lead_id;
    UPDATE history.lead_event AS h
    SET note = NULL, next_step = NULL
    FROM core.erasure_request AS r
    WHERE r.history_anonymized_at IS NULL AND h.lead_id = r.lead_id;
    UPDATE core.erasure_request AS r
    SET history_anonymized_at = now()
    WHERE r.history_anonymized_at IS NULL;
    GET DIAGNOSTICS v_done = ROW_COUNT;
    RETURN v_done;
END
$$;
