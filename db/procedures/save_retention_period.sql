/*
app.save_retention_period: how long the personal data of a lead is kept after its
last business activity before app.apply_retention anonymizes it (admins).
Historized (core.retention_period is system-versioned).

Parameters:
    @retention_months  INT          1-600; required
    @office_code       VARCHAR(20)  NULL (default) = the global rule; an office's own
                                    rule wins for its leads
Result (one row): office_code VARCHAR(20) (NULL for the global rule),
    retention_months SMALLINT
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only admins may change retention periods.'
PostgreSQL twin: db/postgres/procedures/save_retention_period.sql.
Example:
    EXEC app.save_retention_period @retention_months = 24, @office_code = 'romandie';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.save_retention_period
    @retention_months INT,
    @office_code VARCHAR(20) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @trancount INT = @@TRANCOUNT;

    SELECT @office_id = o.office_id
    FROM core.office AS o
    WHERE o.office_code = @office_code;

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @retention_months IS NULL OR @retention_months NOT BETWEEN 1 AND 600
                    THEN N'The value for the parameter retention_months is not supported. It must be between 1 and 600.'
            END
        ),
        (
            2,
            CASE
                WHEN @office_code IS NOT NULL AND @office_id IS NULL
                    THEN N'The value for the parameter office_code is not supported. It must name an office.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may change retention periods.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        UPDATE core.retention_period
        SET
            retention_months = @retention_months,
            last_edited_by = @caller_id
        WHERE EXISTS (
            SELECT office_id
            INTERSECT
            SELECT @office_id
        );

        IF @@ROWCOUNT = 0
            BEGIN
                INSERT core.retention_period (office_id, retention_months, last_edited_by)
                VALUES (@office_id, @retention_months, @caller_id);
            END;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        THROW;
    END CATCH;

    SELECT
        o.office_code,
        w.retention_months
    FROM core.retention_period AS w
    LEFT JOIN core.office AS o ON w.office_id = o.office_id
    WHERE EXISTS (
        SELECT w.office_id
        INTERSECT
        SELECT @office_id
    );
END;
GO
