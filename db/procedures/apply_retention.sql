/*
app.apply_retention: anonymizes the personal data of every lead of the caller's
offices whose retention period has passed (Swiss nDSG), through core.erase_leads, the
mechanism app.erase_lead uses: hashed suppression markers kept (source 'retention',
for good), personal data removed, one core.erasure_request per lead (the reason names
the period); the history rows follow with core.anonymize_history (a DBA's scheduled
job, versioning off and on), as after app.erase_lead.

A lead is past retention when its last business activity (its latest event's
event_at, else its delivery, delivered_at) lies more than core.retention_period's
months before now: the office's own row, else the global one. Customers (status
'won') are kept: their data serves a running business relationship. A lead erased
before is never erased again, so a second run finds nothing (idempotent). Set-based.
Runs as the caller: the security policy limits it to the caller's offices.

Parameters:
    @dry_run  BIT  1 = count and change nothing (default 0)
Result (one row per office of the caller, also with 0): office_code VARCHAR(20),
    retention_months SMALLINT, lead_count BIGINT, marker_count BIGINT
Errors:
    50400  'The value for the parameter dry_run is not supported. It must be true or false.'
    50401  'No active user is signed in.'
    50403  'Only admins may apply the retention periods.'
Logged in core.command_log (core.log_command): call, user, start, end, leads
anonymized (or due, on a dry run); a failure after the rollback.
PostgreSQL twin: db/postgres/procedures/apply_retention.sql.
Example:
    EXEC app.apply_retention @dry_run = 1;
    EXEC app.apply_retention;
    EXEC core.anonymize_history;  -- as a DBA, then or at night
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.apply_retention
    @dry_run BIT = 0
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @rows_affected INT;
    DECLARE @months SMALLINT;
    DECLARE @reason NVARCHAR(500);
    DECLARE @error_message NVARCHAR(4000);
    DECLARE @error_number INT;
    DECLARE @started_at DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @parameters NVARCHAR(MAX) = CONCAT(N'EXEC app.apply_retention @dry_run = ', @dry_run, N';');
    DECLARE @lead_ids core.lead_id_list;  -- noqa: CP05

    CREATE TABLE #due (
        lead_id BIGINT NOT NULL PRIMARY KEY,
        office_id SMALLINT NOT NULL,
        retention_months SMALLINT NOT NULL,
        marker_count INT NULL
    );

    IF @dry_run IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter dry_run is not supported. It must be true or false.', 1;
        END;

    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may apply the retention periods.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        -- The leads due (the policy shows the caller's offices only), locked against
        -- a concurrent erasure or edit.
        INSERT #due (lead_id, office_id, retention_months)
        SELECT
            l.lead_id,
            l.office_id,
            p.retention_months
        FROM core.lead AS l WITH (UPDLOCK, HOLDLOCK)
        CROSS APPLY (
            SELECT TOP (1) rp.retention_months
            FROM core.retention_period AS rp
            WHERE rp.office_id = l.office_id OR rp.office_id IS NULL
            ORDER BY IIF(rp.office_id IS NULL, 1, 0)
        ) AS p
        OUTER APPLY (
            SELECT MAX(e.event_at) AS last_event_at
            FROM core.lead_event AS e
            WHERE e.lead_id = l.lead_id
        ) AS e
        WHERE
            l.status <> 'won'
            AND IIF(e.last_event_at > l.delivered_at, e.last_event_at, l.delivered_at)
            < DATEADD(MONTH, -p.retention_months, SYSUTCDATETIME())
            AND NOT EXISTS (
                SELECT 1 FROM core.erasure_request AS r
                WHERE r.lead_id = l.lead_id
            );

        SET @rows_affected = @@ROWCOUNT;

        -- Markers: the keys each lead has now (a dry run reports what a real run keeps).
        UPDATE d
        SET
            d.marker_count = (
                SELECT COUNT(*) FROM core.lead_match_key AS m
                WHERE m.lead_id = d.lead_id
            )
        FROM #due AS d;

        IF @dry_run = 0
            BEGIN
                -- One erasure per retention period (the reason names it).
                DECLARE period_cursor CURSOR LOCAL FAST_FORWARD FOR
                SELECT DISTINCT d.retention_months FROM #due AS d;

                OPEN period_cursor;
                FETCH NEXT FROM period_cursor INTO @months;
                WHILE @@FETCH_STATUS = 0
                    BEGIN
                        DELETE FROM @lead_ids;
                        INSERT @lead_ids (lead_id)
                        SELECT d.lead_id FROM #due AS d
                        WHERE d.retention_months = @months;

                        SET @reason = CONCAT(
                            N'Retention period of ', @months, N' months passed (app.apply_retention).'
                        );
                        EXEC core.erase_leads
                            @lead_ids = @lead_ids,
                            @user_id = @caller_id,
                            @reason = @reason,
                            @source = 'retention';

                        FETCH NEXT FROM period_cursor INTO @months;
                    END;
                CLOSE period_cursor;
                DEALLOCATE period_cursor;
            END;

        EXEC core.log_command
            @command_name = 'app.apply_retention',
            @parameters = @parameters,
            @user_id = @caller_id,
            @dry_run = @dry_run,
            @started_at = @started_at,
            @rows_affected = @rows_affected;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        SET @error_number = ERROR_NUMBER();
        SET @error_message = ERROR_MESSAGE();

        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        -- db/CONTRACT.md, "Transactions": a failure is logged after our own rollback.
        IF XACT_STATE() = 0
            BEGIN
                EXEC core.log_command
                    @command_name = 'app.apply_retention',
                    @parameters = @parameters,
                    @user_id = @caller_id,
                    @dry_run = @dry_run,
                    @started_at = @started_at,
                    @error_number = @error_number,
                    @error_message = @error_message;
            END;

        THROW;
    END CATCH;

    SELECT  -- noqa: ST06
        o.office_code,
        COALESCE(own.retention_months, glob.retention_months) AS retention_months,
        CAST(COUNT(d.lead_id) AS BIGINT) AS lead_count,
        CAST(COALESCE(SUM(d.marker_count), 0) AS BIGINT) AS marker_count
    FROM core.office AS o
    INNER JOIN security.caller_offices() AS co ON o.office_id = co.office_id
    LEFT JOIN core.retention_period AS own ON o.office_id = own.office_id
    LEFT JOIN core.retention_period AS glob ON glob.office_id IS NULL
    LEFT JOIN #due AS d ON o.office_id = d.office_id
    GROUP BY o.office_code, own.retention_months, glob.retention_months
    ORDER BY o.office_code;
END;
GO
