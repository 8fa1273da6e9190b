/*
app.erase_lead: a per-lead erasure request (Swiss nDSG), done by core.erase_leads
(functions/erase_leads.sql), the mechanism retention shares. The lead's match keys become
hashed suppression markers (core.suppression, source 'erasure', for good: a later
delivery of the same company is still suppressed), its personal data is removed (name
'erased #<id>', UID, street, phone, e-mail, website; notes and next steps of its
events), import decisions that name it lose its data, and the request is recorded
(who, when, why) without the erased data. PLZ, Ort, office, status and dates stay.
The history rows follow when a DBA runs core.anonymize_history (system versioning off
and on, in one transaction; see that procedure); until then the request shows
history_anonymized_at NULL.

Parameters:
    @lead_id  BIGINT          required
    @reason   NVARCHAR(4000)  1-500 characters; required
Result (one row): erasure_request_id BIGINT, lead_id BIGINT, marker_count INT,
    requested_at DATETIME2(3)
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only managers and admins may erase leads.'
    50404  'There is no lead 42.' (also for a lead of another office)
PostgreSQL twin: db/postgres/procedures/erase_lead.sql (anonymizes the history at once).
Example:
    EXEC app.erase_lead @lead_id = 42, @reason = N'Request by e-mail of 2026-11-20';
    EXEC core.anonymize_history;  -- as a DBA, then or at night
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.erase_lead
    @lead_id BIGINT,
    @reason NVARCHAR(4000)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @lead_ids core.lead_id_list;  -- noqa: CP05
    DECLARE @request_id BIGINT;
    DECLARE @trancount INT = @@TRANCOUNT;

    SET @reason = TRIM(@reason);

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @lead_id IS NULL
                    THEN N'The value for the parameter lead_id is not supported. It must be given.'
            END
        ),
        (
            2,
            CASE
                WHEN NULLIF(@reason, N'') IS NULL OR LEN(@reason) > 500
                    THEN N'The value for the parameter reason is not supported. It must have 1 to 500 characters.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may erase leads.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        -- The security policy hides another office's lead: not found, like a missing one.
        SELECT @office_id = l.office_id
        FROM core.lead AS l WITH (UPDLOCK, HOLDLOCK)
        WHERE l.lead_id = @lead_id;

        IF @office_id IS NULL
            BEGIN
                SET @message = CONCAT(N'There is no lead ', @lead_id, N'.');
                THROW 50404, @message, 1;
            END;

        -- The shared mechanism (functions/erase_leads.sql), also used by app.apply_retention.
        INSERT @lead_ids (lead_id) VALUES (@lead_id);
        EXEC core.erase_leads
            @lead_ids = @lead_ids,
            @user_id = @caller_id,
            @reason = @reason,
            @source = 'erasure';

        SELECT TOP (1) @request_id = r.erasure_request_id
        FROM core.erasure_request AS r
        WHERE r.lead_id = @lead_id
        ORDER BY r.erasure_request_id DESC;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        THROW;
    END CATCH;

    SELECT
        r.erasure_request_id,
        r.lead_id,
        r.marker_count,
        r.requested_at
    FROM core.erasure_request AS r
    WHERE r.erasure_request_id = @request_id;
END;
GO
