/*
app.fail_import: record that a batch's import failed (the reader calls it after the
staging-and-import transaction rolled back). Only a receiving batch of the caller
changes; anything else is a no-op. A batch left 'receiving' by a killed process
reads as interrupted in app.list_import_batches.

Parameters:
    @batch_id       BIGINT          required
    @error_message  NVARCHAR(4000)  why; default NULL ('failed')
Result (one row): batch_id BIGINT, status VARCHAR(20)
Errors:
    50401  'No active user is signed in.'
    50404  'There is no import batch 12 of yours.'
PostgreSQL twin: db/postgres/procedures/fail_import.sql.
Example:
    EXEC app.fail_import @batch_id = 12, @error_message = N'line 7: not UTF-8';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.fail_import
    @batch_id BIGINT,
    @error_message NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;

    EXEC security.require_caller @user_id = @caller_id OUTPUT;

    IF
        NOT EXISTS (
            SELECT 1
            FROM core.import_batch AS b
            WHERE b.batch_id = @batch_id AND b.imported_by = @caller_id
        )
        BEGIN
            SET @message = CONCAT(N'There is no import batch ', @batch_id, N' of yours.');
            THROW 50404, @message, 1;
        END;

    UPDATE core.import_batch
    SET
        status = 'failed',
        finished_at = SYSUTCDATETIME(),
        error_message = COALESCE(@error_message, N'failed')
    WHERE batch_id = @batch_id AND status = 'receiving';

    DELETE FROM stage.import_row
    WHERE batch_id = @batch_id;

    SELECT
        b.batch_id,
        b.status
    FROM core.import_batch AS b
    WHERE b.batch_id = @batch_id;
END;
GO
