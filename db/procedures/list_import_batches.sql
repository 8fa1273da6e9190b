/*
app.list_import_batches: the partner batches a manager or admin may see, newest
delivery first: those with rows routed to the caller's offices, and those the caller
started. Counts cover the caller's offices only (security policy on
core.import_batch_office). A batch still 'receiving' long after it started was
interrupted (its rows were never decided).

Parameters:
    @batch_id   BIGINT  one batch; NULL (default) = all
    @page       INT     1 and up; default 1
    @page_size  INT     1-200; default 50
Result: batch_id BIGINT, partner_code VARCHAR(40), file_name NVARCHAR(260),
    received_at DATETIME2(3), imported_by NVARCHAR(200), status VARCHAR(20),
    started_at DATETIME2(3), finished_at DATETIME2(3), error_message NVARCHAR(4000),
    new_count BIGINT, refreshed_count BIGINT, suppressed_count BIGINT,
    duplicate_count BIGINT, invalid_count BIGINT
Errors:
    50400  page or page_size, in one message
    50401  'No active user is signed in.'
    50403  'Only managers and admins may review imports.'
PostgreSQL twin: db/postgres/procedures/list_import_batches.sql.
Example:
    EXEC app.list_import_batches @page_size = 20;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_import_batches
    @batch_id BIGINT = NULL,
    @page INT = 1,
    @page_size INT = 50
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @page IS NULL OR @page NOT BETWEEN 1 AND 1000000
                    THEN N'The value for the parameter page is not supported. It must be between 1 and 1000000.'
            END
        ),
        (
            2,
            CASE
                WHEN @page_size IS NULL OR @page_size NOT BETWEEN 1 AND 200
                    THEN N'The value for the parameter page_size is not supported. It must be between 1 and 200.'
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
        @forbidden_message = N'Only managers and admins may review imports.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    WITH c AS (
        SELECT
            bo.batch_id,
            CAST(SUM(bo.new_count) AS BIGINT) AS new_count,
            CAST(SUM(bo.refreshed_count) AS BIGINT) AS refreshed_count,
            CAST(SUM(bo.suppressed_count) AS BIGINT) AS suppressed_count,
            CAST(SUM(bo.duplicate_count) AS BIGINT) AS duplicate_count,
            CAST(SUM(bo.invalid_count) AS BIGINT) AS invalid_count
        FROM core.import_batch_office AS bo
        GROUP BY bo.batch_id
    )

    SELECT
        b.batch_id,
        p.partner_code,
        b.file_name,
        b.received_at,
        u.display_name AS imported_by,
        b.status,
        b.started_at,
        b.finished_at,
        b.error_message,
        COALESCE(c.new_count, 0) AS new_count,
        COALESCE(c.refreshed_count, 0) AS refreshed_count,
        COALESCE(c.suppressed_count, 0) AS suppressed_count,
        COALESCE(c.duplicate_count, 0) AS duplicate_count,
        COALESCE(c.invalid_count, 0) AS invalid_count
    FROM core.import_batch AS b
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    INNER JOIN core.app_user AS u ON b.imported_by = u.user_id
    LEFT JOIN c ON b.batch_id = c.batch_id
    WHERE
        (@batch_id IS NULL OR b.batch_id = @batch_id)
        AND (c.batch_id IS NOT NULL OR b.imported_by = @caller_id)
    ORDER BY
        b.received_at DESC, b.batch_id DESC
        OFFSET (@page - 1) * @page_size ROWS FETCH NEXT @page_size ROWS ONLY;
END;
GO
