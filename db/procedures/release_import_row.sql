/*
app.release_import_row: a manager overrides an import decision and releases a held
row (suppressed or duplicate) as a new lead of its office, with a mandatory reason.
The override is recorded in core.import_override (who, when, why, the new lead).

Parameters:
    @decision_id  BIGINT          required
    @reason       NVARCHAR(4000)  1-500 characters; required
Result (one row): decision_id BIGINT, action VARCHAR(20) ('release'), lead_id BIGINT,
    overridden_at DATETIME2(3)
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only managers and admins may override import decisions.'
    50404  'There is no import decision 77.' (also for another office's decision:
           the security policy hides it)
    50409  the row is not held (new, refreshed, invalid), or was released already
PostgreSQL twin: db/postgres/procedures/release_import_row.sql.
Example:
    EXEC app.release_import_row @decision_id = 77,
        @reason = N'Different company: same phone switchboard as the holding';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.release_import_row
    @decision_id BIGINT,
    @reason NVARCHAR(4000)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @decision_code VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @lead_id BIGINT;
    DECLARE @trancount INT = @@TRANCOUNT;

    SET @reason = TRIM(@reason);

    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @decision_id IS NULL
                    THEN N'The value for the parameter decision_id is not supported. It must be given.'
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
        @forbidden_message = N'Only managers and admins may override import decisions.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    EXEC core.routing_lock @mode = 'Shared';

    BEGIN TRY
        BEGIN TRANSACTION;  -- nests inside a caller's (db/CONTRACT.md, "Transactions")

        -- The security policy hides another office's decision: not found, like a missing one.
        SELECT
            @decision_code = r.decision_code,
            @office_id = d.office_id
        FROM core.import_decision AS d WITH (UPDLOCK, HOLDLOCK)
        INNER JOIN core.import_reason AS r ON d.reason_code = r.reason_code
        WHERE d.decision_id = @decision_id;

        IF @office_id IS NULL
            BEGIN
                SET @message = CONCAT(N'There is no import decision ', @decision_id, N'.');
                THROW 50404, @message, 1;
            END;

        IF @decision_code NOT IN ('suppressed', 'duplicate')
            BEGIN
                SET @message = CONCAT(
                    N'Only a suppressed or duplicate row can be released; this row is ', @decision_code, N'.'
                );
                THROW 50409, @message, 1;
            END;

        IF
            EXISTS (
                SELECT 1 FROM core.import_override AS o
                WHERE o.decision_id = @decision_id
            )
            BEGIN
                THROW 50409, N'This row was released already.', 1;
            END;

        EXEC core.lead_from_decision
            @decision_id = @decision_id,
            @user_id = @caller_id,
            @lead_id = @lead_id OUTPUT;

        INSERT core.import_override (decision_id, office_id, action, reason, lead_id, overridden_by)
        VALUES (@decision_id, @office_id, 'release', @reason, @lead_id, @caller_id);

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        EXEC core.routing_lock @mode = 'Release';
        THROW;
    END CATCH;

    EXEC core.routing_lock @mode = 'Release';

    SELECT
        o.decision_id,
        o.action,
        o.lead_id,
        o.overridden_at
    FROM core.import_override AS o
    WHERE o.decision_id = @decision_id;
END;
GO
