/*
app.start_import: register a partner file as an import batch, before its rows are
staged. The same file (partner and content hash) already imported is a no-op that
says so: the existing batch comes back with already_imported = 1.

Callers: the file reader (thin_api/imports.py: CLI and web upload); DBAs.
Parameters:
    @partner_code  NVARCHAR(4000)  an active partner; required
    @file_name     NVARCHAR(4000)  1-260 characters; required
    @content_hash  NVARCHAR(4000)  SHA-256 of the file, 64 hexadecimal digits; required
    @received_at   DATETIME2(3)    when the partner delivered the file (UTC; business
                                   time, becomes the leads' delivered_at); not in the future
Result (one row): batch_id BIGINT, status VARCHAR(20) (receiving | imported),
    already_imported BIT
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only managers and admins may import partner files.'
Then, in one transaction: stage the rows (app.stage_import_rows) and call
app.import_batch. If that transaction fails, the batch stays 'receiving'
(app.fail_import records why); nothing else is left.
PostgreSQL twin: db/postgres/procedures/start_import.sql.
Example:
    EXEC app.start_import @partner_code = N'swissleads', @file_name = N'2026-11.csv',
        @content_hash = N'9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        @received_at = '2026-11-02';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.start_import
    @partner_code NVARCHAR(4000),
    @file_name NVARCHAR(4000),
    @content_hash NVARCHAR(4000),
    @received_at DATETIME2(3)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @partner_id INT;
    DECLARE @batch_id BIGINT;

    SET @file_name = TRIM(@file_name);
    SET @content_hash = LOWER(TRIM(@content_hash));

    SELECT @partner_id = p.partner_id
    FROM core.partner AS p
    WHERE p.partner_code = LOWER(TRIM(@partner_code)) AND p.is_active = 1;

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @partner_id IS NULL
                    THEN
                        N'The value for the parameter partner_code is not supported. '
                        + N'It must name an active partner.'
            END
        ),
        (
            2,
            CASE
                WHEN NULLIF(@file_name, N'') IS NULL OR LEN(@file_name) > 260
                    THEN N'The value for the parameter file_name is not supported. It must have 1 to 260 characters.'
            END
        ),
        (
            3,
            CASE
                WHEN
                    @content_hash IS NULL
                    OR LEN(@content_hash) <> 64
                    OR @content_hash COLLATE Latin1_General_100_BIN2 LIKE N'%[^0-9a-f]%' -- noqa: CP02
                    THEN
                        N'The value for the parameter content_hash is not supported. '
                        + N'It must be a SHA-256 in 64 hexadecimal digits.'
            END
        ),
        (
            4,
            CASE
                WHEN @received_at IS NULL OR @received_at > DATEADD(DAY, 1, SYSUTCDATETIME())
                    THEN
                        N'The value for the parameter received_at is not supported. '
                        + N'It must be given and not in the future.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may import partner files.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- The same file imported before: say so; else a new receiving batch
    ----------------------------------------------------------------------------
    SELECT @batch_id = b.batch_id
    FROM core.import_batch AS b
    WHERE b.partner_id = @partner_id AND b.content_hash = @content_hash AND b.status = 'imported';

    IF @batch_id IS NOT NULL
        BEGIN
            SELECT
                CAST('imported' AS VARCHAR(20)) AS status,
                CAST(1 AS BIT) AS already_imported,
                @batch_id AS batch_id;
            RETURN;
        END;

    INSERT core.import_batch (partner_id, file_name, content_hash, received_at, imported_by)
    VALUES (@partner_id, @file_name, @content_hash, @received_at, @caller_id);
    SET @batch_id = SCOPE_IDENTITY();

    SELECT
        CAST('receiving' AS VARCHAR(20)) AS status,
        CAST(0 AS BIT) AS already_imported,
        @batch_id AS batch_id;
END;
GO
