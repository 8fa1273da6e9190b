/*
core.anonymize_history: anonymizes the history rows (history.lead, history.lead_event)
of every erased lead whose request is still pending (core.erasure_request,
history_anonymized_at NULL), and marks the requests done.

Why a separate procedure: history tables of system-versioned tables are read-only
while versioning is on ("Temporal table considerations and limitations" in
Microsoft's docs), and the security policy filters their rows by office. So, in one
transaction: the policy's STATE and SYSTEM_VERSIONING of core.lead and
core.lead_event go OFF, the history rows are updated, and both come back ON with the
same history tables (DATA_CONSISTENCY_CHECK = ON). The ALTERs hold schema locks until
the commit: no other session sees the tables without versioning or policy.

Who: a DBA (db_owner: ALTER on the tables and ALTER ANY SECURITY POLICY), by hand
after app.erase_lead or from a scheduled job; app.erase_lead itself runs as the
caller and cannot switch versioning. Re-runnable; does nothing when nothing is pending.
Result: one row, request_count (requests completed).
PostgreSQL twin: db/postgres/functions/anonymize_history.sql (called at once by
app.erase_lead).
Example:
    EXEC core.anonymize_history;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE core.anonymize_history
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @done INT = 0;

    IF
        NOT EXISTS (
            SELECT 1 FROM core.erasure_request
            WHERE history_anonymized_at IS NULL
        )
        BEGIN
            SELECT @done AS request_count;
            RETURN;
        END;

    BEGIN TRY
        BEGIN TRANSACTION;

        ALTER SECURITY POLICY security.office_policy WITH (STATE = OFF);
        ALTER TABLE core.lead SET (SYSTEM_VERSIONING = OFF);
        ALTER TABLE core.lead_event SET (SYSTEM_VERSIONING = OFF);

        UPDATE h
        SET
            company_name = CONCAT(N'erased #', h.lead_id),
            legal_form = NULL,
            uid = NULL,
            street = NULL,
            phone = NULL,
            email = NULL,
            website = NULL
        FROM history.lead AS h
        INNER JOIN core.erasure_request AS r ON h.lead_id = r.lead_id
        WHERE r.history_anonymized_at IS NULL;

        UPDATE h
        SET
            note = NULL,
            next_step = NULL
        FROM history.lead_event AS h
        INNER JOIN core.erasure_request AS r ON h.lead_id = r.lead_id
        WHERE r.history_anonymized_at IS NULL;

        UPDATE core.erasure_request
        SET history_anonymized_at = SYSUTCDATETIME()
        WHERE history_anonymized_at IS NULL;
        SET @done = @@ROWCOUNT;

        ALTER TABLE core.lead SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead, DATA_CONSISTENCY_CHECK = ON)
        );
        ALTER TABLE core.lead_event SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead_event, DATA_CONSISTENCY_CHECK = ON)
        );
        ALTER SECURITY POLICY security.office_policy WITH (STATE = ON);

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        THROW;
    END CATCH;

    SELECT @done AS request_count;
END;
GO
