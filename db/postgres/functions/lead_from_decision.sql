-- core.lead_from_decision: a new lead made from an import decision's row, as the
-- import would have made it (routed to the decision's office, delivered at the
-- batch's received date, initial score). For the overrides that turn a row into a
-- lead: app.release_import_row and app.mark_import_row_distinct, which check the
-- caller and the row first. Runs with the rights of the calling procedure's owner,
-- under row-level security. Returns the new lead_id.
-- T-SQL twin: db/functions/lead_from_decision.sql (a procedure with an OUTPUT).
DROP FUNCTION IF EXISTS core.lead_from_decision;
CREATE FUNCTION core.lead_from_decision(p_decision_id BIGINT, p_user_id INTEGER)
RETURNS BIGINT
LANGUAGE plpgsql
VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_lead_id bigint;
BEGIN
    INSERT INTO core.lead (
        company_name, legal_form, uid, street, plz, ort, canton, phone, email, website, branche, size_category,
        source_batch, status, score, office_id, last_edited_by, delivered_at, import_batch_id, no_advertising
    )
    SELECT
        d.company_name, d.legal_form,
        (SELECT substr(k, 1, 3) || '-' || substr(k, 4, 3) || '.' || substr(k, 7, 3) || '.' || substr(k, 10, 3)
         FROM core.uid_key(d.uid) AS k),
        d.street, d.plz::smallint, d.ort, d.canton, d.phone, d.email, d.website, d.branche, d.size_category,
        left(p.partner_code || ' #' || d.batch_id, 40), 'new', s.score, d.office_id, p_user_id,
        b.received_at, d.batch_id, d.no_advertising
    FROM core.import_decision AS d
    INNER JOIN core.import_batch AS b ON d.batch_id = b.batch_id
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    CROSS JOIN LATERAL core.initial_score(d.size_category, d.phone, d.email, d.website, d.uid) AS s
    WHERE d.decision_id = p_decision_id
    RETURNING core.lead.lead_id INTO v_lead_id;
    RETURN v_lead_id;
END
$$;
