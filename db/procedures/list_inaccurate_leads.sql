/*
app.list_inaccurate_leads: the "data inaccurate" findings to send back to a partner:
every feedback data_inaccurate a representative gave on a lead a partner delivered,
with the partner, the batch, the note and the lead's fields as the partner delivered
them (the import decision of the batch that created the lead). The rows behind
app.get_partner_quality's data_inaccurate_count, for the managers' export.
Row-level security limits them to the caller's offices' leads.

Callers: managers and admins (web tier: the partner-quality export; DBAs).
Parameters:
    @partner_code  NVARCHAR(4000)  NULL (default) = every partner; an unknown code
                                   gives no rows
Result, by partner_code, batch_id, lead_id, rated_at, feedback_id:
    partner_code VARCHAR(40), partner_name NVARCHAR(200), batch_id BIGINT,
    file_name NVARCHAR(260), received_at DATETIME2(3), lead_id BIGINT,
    office_code VARCHAR(20), rated_at DATETIME2(3), rated_by NVARCHAR(200), note
    NVARCHAR(1000), then the delivered fields as text: company_name, legal_form, uid,
    street, plz, ort, canton, phone, email, website, branche, size_category (NULL
    after an erasure, which removes them)
Errors:
    50401  'No active user is signed in.'
    50403  'Only managers and admins may review imports.'
PostgreSQL twin: db/postgres/procedures/list_inaccurate_leads.sql.
Example:
    EXEC app.list_inaccurate_leads @partner_code = 'acme';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_inaccurate_leads
    @partner_code NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may review imports.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    -- Row-level security: the caller's offices' feedback, leads and decisions only.
    SELECT
        p.partner_code,
        p.partner_name,
        b.batch_id,
        b.file_name,
        b.received_at,
        l.lead_id,
        o.office_code,
        f.given_at AS rated_at,
        u.display_name AS rated_by,
        f.note,
        d.company_name,
        d.legal_form,
        d.uid,
        d.street,
        d.plz,
        d.ort,
        d.canton,
        d.phone,
        d.email,
        d.website,
        d.branche,
        d.size_category
    FROM core.lead_feedback AS f
    INNER JOIN core.lead AS l ON f.lead_id = l.lead_id
    INNER JOIN core.import_batch AS b ON l.import_batch_id = b.batch_id
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    INNER JOIN core.office AS o ON l.office_id = o.office_id
    INNER JOIN core.app_user AS u ON f.user_id = u.user_id
    OUTER APPLY (
        SELECT TOP (1)
            x.company_name,
            x.legal_form,
            x.uid,
            x.street,
            x.plz,
            x.ort,
            x.canton,
            x.phone,
            x.email,
            x.website,
            x.branche,
            x.size_category
        FROM core.import_decision AS x
        WHERE
            x.lead_id = l.lead_id
            AND x.batch_id = b.batch_id
        ORDER BY x.row_no
    ) AS d
    WHERE
        f.reason_code = 'data_inaccurate'
        AND (@partner_code IS NULL OR p.partner_code = LOWER(TRIM(@partner_code)))
    ORDER BY p.partner_code, b.batch_id, l.lead_id, f.given_at, f.feedback_id;
END;
GO
