/*
app.list_sign_in_events: the sign-in log, newest first (attempts, failures and
lockouts recorded by app.record_sign_in).

Callers: admins.
Parameters (all optional):
    @login_name      NVARCHAR(4000): exact, case-insensitive
    @client_address  NVARCHAR(4000): exact
    @outcome         VARCHAR(20): a code of core.sign_in_outcome (signed_in, failed, locked_out)
    @since           DATETIME2(3): UTC, events at or after it
    @limit           INT: 1-1000, default 100
Result:
    sign_in_event_id BIGINT, happened_at DATETIME2(3), login_name VARCHAR(100),
    client_address VARCHAR(45), user_id INT, outcome VARCHAR(20)
Errors:
    50400  invalid parameters (every problem listed)
    50401  no active user in the session context
    50403  the caller is not an admin
PostgreSQL twin: db/postgres/procedures/list_sign_in_events.sql.
Example:
    EXEC app.list_sign_in_events @outcome = 'locked_out', @limit = 20;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_sign_in_events
    @login_name NVARCHAR(4000) = NULL,
    @client_address NVARCHAR(4000) = NULL,
    @outcome VARCHAR(20) = NULL,
    @since DATETIME2(3) = NULL,
    @limit INT = 100
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @problems NVARCHAR(MAX) = N'';
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    ----------------------------------------------------------------------------
    -- Check the parameters and the caller
    ----------------------------------------------------------------------------
    SET @problems = @problems + COALESCE(N'; ' + core.code_problem('sign_in_outcome', 'outcome', @outcome, 0), N'');
    IF @limit IS NULL OR @limit NOT BETWEEN 1 AND 1000
        BEGIN
            SET
                @problems = @problems
                + N'; The value for the parameter limit is not supported. It must be between 1 and 1000.';
        END;
    IF @problems <> N''
        BEGIN
            SET @problems = STUFF(@problems, 1, 2, N'');
            THROW 50400, @problems, 1;
        END;

    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may read the sign-in log.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- Return the log
    ----------------------------------------------------------------------------
    SELECT TOP (@limit)
        e.sign_in_event_id,
        e.happened_at,
        e.login_name,
        e.client_address,
        e.user_id,
        e.outcome
    FROM core.sign_in_event AS e
    WHERE
        (@login_name IS NULL OR e.login_name = LEFT(LOWER(TRIM(@login_name)), 100))
        AND (@client_address IS NULL OR e.client_address = TRIM(@client_address))
        AND (@outcome IS NULL OR e.outcome = @outcome)
        AND (@since IS NULL OR e.happened_at >= @since)
    ORDER BY e.happened_at DESC, e.sign_in_event_id DESC;
END;
GO
