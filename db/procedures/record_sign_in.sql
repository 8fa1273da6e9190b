/*
app.record_sign_in: the sign-in throttle. Records an attempt and says whether it
signs the user in, failed, or is refused because of a lockout.

Callers: the web tier's sign-in, after it has verified the password (argon2id,
against a dummy hash when the login is unknown) and before it starts a session;
only members of leadbase_web.
Rule: a login with 5 failed attempts within the last 10 minutes (since its last
successful sign-in), or a client address with 20, is locked out until the oldest of
those failures is 10 minutes old. A locked-out attempt is recorded as such and
refused even with the right password; it does not extend the lockout. The rule is
the same for logins that do not exist, so a lockout tells nothing about a login.
Parameters:
    @login_name      NVARCHAR(4000), required: what was typed (compared in lower
                     case, trimmed; cut to 100 characters, the longest login name)
    @client_address  NVARCHAR(4000), required: the client's IP address (1-45 characters)
    @password_ok     BIT, required: 1 when the password matched an active user's hash
Result (one row):
    outcome VARCHAR(20) ('signed_in', 'failed', 'locked_out'), user_id INT (only when
    signed in), retry_after_seconds INT (only when locked out)
Errors:
    50400  a parameter is missing or too long (every problem listed)
    50403  the caller is not the web tier's login
PostgreSQL twin: db/postgres/procedures/record_sign_in.sql.
Example:
    EXEC app.record_sign_in @login_name = N'anna.meier', @client_address = N'192.0.2.10',
        @password_ok = 0;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.record_sign_in
    @login_name NVARCHAR(4000),
    @client_address NVARCHAR(4000),
    @password_ok BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @login_limit INT = 5;
    DECLARE @address_limit INT = 20;
    DECLARE @window_minutes INT = 10;
    DECLARE @problems NVARCHAR(MAX) = N'';
    DECLARE @login VARCHAR(100) = LEFT(LOWER(TRIM(@login_name)), 100);
    DECLARE @address VARCHAR(45) = CASE WHEN LEN(TRIM(@client_address)) <= 45 THEN TRIM(@client_address) END;
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @window_start DATETIME2(3) = DATEADD(MINUTE, -@window_minutes, @now);
    DECLARE @user_id INT;
    DECLARE @last_success DATETIME2(3);
    DECLARE @login_unlock DATETIME2(3);
    DECLARE @address_unlock DATETIME2(3);
    DECLARE @unlock DATETIME2(3);
    DECLARE @outcome VARCHAR(20);
    DECLARE @resource NVARCHAR(255);
    DECLARE @trancount INT = @@TRANCOUNT;

    ----------------------------------------------------------------------------
    -- Check the caller and the parameters
    ----------------------------------------------------------------------------
    IF COALESCE(IS_ROLEMEMBER(N'leadbase_web'), 0) = 0
        BEGIN
            THROW 50403, N'Only the web tier''s login (leadbase_web) may record sign-ins.', 1;
        END;

    IF NULLIF(TRIM(@login_name), N'') IS NULL
        BEGIN
            SET
                @problems = @problems
                + N'; The value for the parameter login_name is not supported. It must not be empty.';
        END;
    IF NULLIF(@address, '') IS NULL
        BEGIN
            SET
                @problems = @problems
                + N'; The value for the parameter client_address is not supported. '
                + N'It must be an IP address of 1 to 45 characters.';
        END;
    IF @password_ok IS NULL
        BEGIN
            SET
                @problems = @problems
                + N'; The value for the parameter password_ok is not supported. It must be true or false.';
        END;
    IF @problems <> N''
        BEGIN
            SET @problems = STUFF(@problems, 1, 2, N'');
            THROW 50400, @problems, 1;
        END;

    ----------------------------------------------------------------------------
    -- Count recent failures and record the attempt, one attempt per login at a time
    ----------------------------------------------------------------------------
    BEGIN TRY
        BEGIN TRANSACTION;

        SET @resource = N'leadbase.sign_in:' + CONVERT(NVARCHAR(100), @login);
        EXEC sys.sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction';

        SELECT @user_id = u.user_id
        FROM core.app_user AS u
        WHERE u.login_name = @login;
        SELECT @last_success = MAX(e.happened_at)
        FROM core.sign_in_event AS e
        WHERE e.login_name = @login AND e.outcome = 'signed_in' AND e.happened_at > @window_start;

        -- When the limit-th most recent failure leaves the window (NULL: fewer failures).
        SELECT @login_unlock = DATEADD(MINUTE, @window_minutes, f.happened_at)
        FROM core.sign_in_event AS f
        WHERE
            f.login_name = @login AND f.outcome = 'failed' AND f.happened_at > @window_start
            AND (@last_success IS NULL OR f.happened_at > @last_success)
        ORDER BY
            f.happened_at DESC
            OFFSET @login_limit - 1 ROWS FETCH NEXT 1 ROWS ONLY;

        SELECT @address_unlock = DATEADD(MINUTE, @window_minutes, f.happened_at)
        FROM core.sign_in_event AS f
        WHERE f.client_address = @address AND f.outcome = 'failed' AND f.happened_at > @window_start
        ORDER BY
            f.happened_at DESC
            OFFSET @address_limit - 1 ROWS FETCH NEXT 1 ROWS ONLY;

        SET @unlock = CASE
            WHEN @login_unlock IS NULL THEN @address_unlock
            WHEN @address_unlock IS NULL OR @login_unlock > @address_unlock THEN @login_unlock
            ELSE @address_unlock
        END;
        SET @outcome = CASE
            WHEN @unlock IS NOT NULL THEN 'locked_out'
            WHEN @password_ok = 1 THEN 'signed_in'
            ELSE 'failed'
        END;

        INSERT core.sign_in_event (happened_at, login_name, client_address, user_id, outcome)
        VALUES (@now, @login, @address, @user_id, @outcome);

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": only our own transaction; a caller's is theirs.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH;

    SELECT
        @outcome AS outcome,
        CASE WHEN @outcome = 'signed_in' THEN @user_id END AS user_id,
        CASE
            WHEN @outcome = 'locked_out' THEN CEILING(DATEDIFF(MILLISECOND, @now, @unlock) / 1000.0)
        END AS retry_after_seconds;
END;
GO
