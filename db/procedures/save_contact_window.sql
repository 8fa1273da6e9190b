/*
app.save_contact_window: how long a company stays out of new deliveries after its
lead reached a status (admins). Historized (core.contact_window is system-versioned).

Parameters:
    @status_code    VARCHAR(20)  a code of core.lead_status (the import reads contacted, lost,
                                 won, do_not_contact); required
    @window_months  INT          0-600; NULL = never expires
    @office_code    VARCHAR(20)  NULL (default) = the global rule; an office's own rule
                                 wins for its leads
Result (one row): office_code VARCHAR(20) (NULL for the global rule), status_code
    VARCHAR(20), window_months SMALLINT
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only admins may change contact windows.'
PostgreSQL twin: db/postgres/procedures/save_contact_window.sql.
Example:
    EXEC app.save_contact_window @status_code = 'lost', @window_months = 24, @office_code = 'romandie';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.save_contact_window
    @status_code VARCHAR(20),
    @window_months INT,
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
                WHEN
                    @status_code IS NULL
                    OR NOT EXISTS (
                        SELECT 1
                        FROM core.lead_status AS s
                        WHERE s.code = @status_code
                    )
                    THEN
                        N'The value for the parameter status_code is not supported. '
                        + N'It must be a lead status (app.list_codes).'
            END
        ),
        (
            2,
            CASE
                WHEN @window_months NOT BETWEEN 0 AND 600
                    THEN
                        N'The value for the parameter window_months is not supported. '
                        + N'It must be between 0 and 600, or NULL for never.'
            END
        ),
        (
            3,
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
        @forbidden_message = N'Only admins may change contact windows.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        UPDATE core.contact_window
        SET
            window_months = @window_months,
            last_edited_by = @caller_id
        WHERE status_code = @status_code AND EXISTS (
            SELECT office_id
            INTERSECT
            SELECT @office_id
        );

        IF @@ROWCOUNT = 0
            BEGIN
                INSERT core.contact_window (office_id, status_code, window_months, last_edited_by)
                VALUES (@office_id, @status_code, @window_months, @caller_id);
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
        w.status_code,
        w.window_months
    FROM core.contact_window AS w
    LEFT JOIN core.office AS o ON w.office_id = o.office_id
    WHERE w.status_code = @status_code AND EXISTS (
        SELECT w.office_id
        INTERSECT
        SELECT @office_id
    );
END;
GO
