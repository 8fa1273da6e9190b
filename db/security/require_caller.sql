/*
security.require_caller: the 401/403 check every app procedure that needs a
signed-in user starts with, in one place.

Parameters:
    @allowed_roles      VARCHAR(100)    comma-separated role codes that may go on;
                                        NULL (default): any active user
    @forbidden_message  NVARCHAR(2048)  the 50403 message for other roles
    @user_id            INT OUTPUT      the caller (security.caller())
    @role_code          VARCHAR(20) OUTPUT
Errors:
    50401  'No active user is signed in.'
    50403  @forbidden_message
Callers: every app procedure that needs a signed-in user (before any transaction).
They reach it by ownership chaining; nobody is granted it.
PostgreSQL twin: db/postgres/security/require_caller.sql.
Example:
    DECLARE @caller_id INT, @caller_role VARCHAR(20);
    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may assign leads.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE security.require_caller
    @allowed_roles VARCHAR(100) = NULL,
    @forbidden_message NVARCHAR(2048) = NULL,
    @user_id INT = NULL OUTPUT,
    @role_code VARCHAR(20) = NULL OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @found_user_id INT;
    DECLARE @found_role_code VARCHAR(20);

    SELECT
        @found_user_id = c.user_id,
        @found_role_code = c.role_code
    FROM security.caller() AS c;

    IF @found_user_id IS NULL
        BEGIN
            THROW 50401, N'No active user is signed in.', 1;
        END;

    IF
        @allowed_roles IS NOT NULL
        AND NOT EXISTS (
            SELECT 1
            FROM STRING_SPLIT(@allowed_roles, ',') AS r
            WHERE r.value = @found_role_code
        )
        BEGIN
            THROW 50403, @forbidden_message, 1;
        END;

    SET @user_id = @found_user_id;
    SET @role_code = @found_role_code;
END;
GO
