/*
security.open_break_glass: open audited, time-limited access beyond the DBA's
own user: to every office, or acting as another user.

Purpose
    A DBA who must see or repair data of every office (an incident, a support
    case) opens a break-glass window. It is logged in security.break_glass_log
    with the login (ORIGINAL_LOGIN()), the reason and the time; for one hour,
    in this session only, security.caller_offices() returns every office, or,
    with @act_as_user_id, security.caller() returns that user (a DBA is
    otherwise always the user security.dba_login_user maps their login to).
    Reading still goes through the granted interfaces (the bi views, the app
    procedures); break-glass widens the offices, not the permissions.

Callers
    Members of the database role leadbase_breakglass (EXECUTE granted in
    security/grants.sql), from SSMS or sqlcmd.

Parameters
    @reason          nvarchar(500)  required; why access is needed, at least
                                    10 characters (leading and trailing blanks
                                    do not count). Name the ticket or incident.
    @act_as_user_id  int            NULL (default): every office, as nobody in
                                    particular; else an active user to act as.

Result (one row)
    break_glass_id  int           the logged window; also stored in the session
                                  context as break_glass_id
    expires_at      datetime2(3)  UTC end of the window (opened + 1 hour)

Errors
    50403  the caller is not a member of leadbase_breakglass
    50400  The value for the parameter reason / act_as_user_id is not
           supported. ... (every problem, joined with '; ')

Notes
    The session context is set with @read_only = 0, so a second call in the same
    session opens (and logs) a new window. The value alone grants nothing: it
    must name an unexpired row opened by the same login.

Example
    EXEC security.open_break_glass
        @reason = N'INC-4711: lead 123456 missing for the Romandie office';
    EXEC security.open_break_glass
        @reason = N'INC-4712: reassign leads of an absent manager',
        @act_as_user_id = 7;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE security.open_break_glass
    @reason NVARCHAR(500),
    @act_as_user_id INT = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @opened_at DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @break_glass_id INT;
    DECLARE @expires_at DATETIME2(3);
    DECLARE @problems NVARCHAR(2048);
    DECLARE @opened TABLE (
        break_glass_id INT NOT NULL,
        expires_at DATETIME2(3) NOT NULL
    );

    ----------------------------------------------------------------------------
    -- Check the caller
    ----------------------------------------------------------------------------

    IF COALESCE(IS_ROLEMEMBER(N'leadbase_breakglass'), 0) = 0
        BEGIN
            THROW 50403, N'Break-glass access requires membership in the database role leadbase_breakglass.', 1;
        END;

    ----------------------------------------------------------------------------
    -- Check input parameters
    ----------------------------------------------------------------------------

    SET @reason = TRIM(@reason);

    IF @reason IS NULL OR LEN(@reason) < 10
        BEGIN
            SET
                @problems = N'The value for the parameter reason is not supported. '
                + N'A reason of at least 10 characters is required.';
        END;

    IF
        @act_as_user_id IS NOT NULL
        AND NOT EXISTS (
            SELECT 1
            FROM core.app_user AS au
            WHERE au.user_id = @act_as_user_id AND au.is_active = 1
        )
        BEGIN
            SET @problems = CONCAT_WS(
                N'; ', @problems,
                N'The value for the parameter act_as_user_id is not supported. It must name an active user.'
            );
        END;

    IF @problems IS NOT NULL
        BEGIN
            THROW 50400, @problems, 1;
        END;

    ----------------------------------------------------------------------------
    -- Execute: log the window, then name it in the session context
    ----------------------------------------------------------------------------

    BEGIN TRY
        INSERT security.break_glass_log (login_name, reason, opened_at, expires_at, act_as_user_id)
        OUTPUT INSERTED.break_glass_id, INSERTED.expires_at
        INTO @opened (break_glass_id, expires_at)
        VALUES (ORIGINAL_LOGIN(), @reason, @opened_at, DATEADD(HOUR, 1, @opened_at), @act_as_user_id);

        SELECT
            @break_glass_id = o.break_glass_id,
            @expires_at = o.expires_at
        FROM @opened AS o;

        EXEC sys.sp_set_session_context
            @key = N'break_glass_id',
            @value = @break_glass_id,
            @read_only = 0;

        SELECT
            @break_glass_id AS break_glass_id,
            @expires_at AS expires_at;
    END TRY
    BEGIN CATCH
        IF XACT_STATE() <> 0
            BEGIN
                ROLLBACK TRANSACTION;
            END;

        THROW;
    END CATCH;
END;
GO
