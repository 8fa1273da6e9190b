/*
core.lead_from_decision: a new lead made from an import decision's row, as the
import would have made it (routed to the decision's office, delivered at the
batch's received date, initial score). For the overrides that turn a row into a
lead: app.release_import_row and app.mark_import_row_distinct, which check the
caller and the row first and call it inside their transaction. The security
policy applies (the caller's offices).
Parameters: @decision_id BIGINT, @user_id INT (last_edited_by), @lead_id BIGINT OUTPUT.
PostgreSQL twin: db/postgres/functions/lead_from_decision.sql (a function).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE core.lead_from_decision
    @decision_id BIGINT,
    @user_id INT,
    @lead_id BIGINT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @added TABLE (lead_id BIGINT NOT NULL);

    INSERT core.lead (
        company_name, legal_form, uid, street, plz, ort, canton, phone, email, website, branche,
        size_category, source_batch, status, score, office_id, last_edited_by, delivered_at,
        import_batch_id, no_advertising
    )
    OUTPUT INSERTED.lead_id INTO @added (lead_id)
    SELECT
        d.company_name,
        d.legal_form,
        STUFF(STUFF(STUFF(core.uid_key(d.uid), 10, 0, '.'), 7, 0, '.'), 4, 0, '-') AS uid,
        d.street,
        CAST(d.plz AS SMALLINT) AS plz,
        d.ort,
        d.canton,
        d.phone,
        d.email,
        d.website,
        d.branche,
        d.size_category,
        LEFT(CONCAT(p.partner_code, ' #', d.batch_id), 40) AS source_batch,
        'new' AS status,
        s.score,
        d.office_id,
        @user_id AS last_edited_by,
        b.received_at AS delivered_at,
        d.batch_id AS import_batch_id,
        d.no_advertising
    FROM core.import_decision AS d
    INNER JOIN core.import_batch AS b ON d.batch_id = b.batch_id
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    CROSS APPLY core.initial_score(d.size_category, d.phone, d.email, d.website, d.uid) AS s
    WHERE d.decision_id = @decision_id;

    SELECT @lead_id = a.lead_id
    FROM @added AS a;
END;
GO
