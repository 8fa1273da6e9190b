/*
app.whoami: who the database thinks is calling.

Callers: the web tier after sign-in; DBAs checking their session context.
Parameters: none.
Result (one row, or none without an active user in the session: fail closed,
no error):
    user_id INT, login_name VARCHAR(100), display_name NVARCHAR(200),
    role_code VARCHAR(20), office_codes VARCHAR(8000) (comma-separated, sorted;
    NULL when the user has no office), language_code VARCHAR(2) (core.language)
Errors: none.
PostgreSQL twin: db/postgres/procedures/whoami.sql.
Example:
    EXEC sys.sp_set_session_context @key = N'user_id', @value = 7, @read_only = 1;
    EXEC app.whoami;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.whoami
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    SELECT
        u.user_id,
        u.login_name,
        u.display_name,
        u.role_code,
        offices.office_codes,
        u.language_code
    FROM security.caller() AS c
    INNER JOIN core.app_user AS u ON c.user_id = u.user_id
    OUTER APPLY core.user_office_codes(u.user_id) AS offices;
END;
GO
