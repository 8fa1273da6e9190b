/*
app.get_user_credentials: what the web tier needs to check a sign-in.

Callers: the web tier's sign-in, before any session context exists, and nobody
else: only members of leadbase_web may read credentials (a DBA's login may not
collect every user's hash). The hash is argon2id; the password is verified in
the web tier and never reaches the database.
Parameters:
    @login_name  NVARCHAR(4000), required; matched case-insensitively (login names
                 are stored in lower case), surrounding blanks ignored.
Result (one row, or none for an unknown login; inactive users are returned with
is_active = 0 so that the web tier can say so):
    user_id INT, login_name VARCHAR(100), display_name NVARCHAR(200),
    role_code VARCHAR(20), password_hash VARCHAR(200), is_active BIT
Errors:
    50403  the caller is not a member of leadbase_web
    50400  login_name is missing or blank:
           'The value for the parameter login_name is not supported. It must not be empty.'
PostgreSQL twin: db/postgres/procedures/get_user_credentials.sql.
Example:
    EXEC app.get_user_credentials @login_name = N'anna.meier';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_user_credentials
    @login_name NVARCHAR(4000)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    -- The lookup value, typed like the column so that the unique index is sought.
    -- A value longer than any login name matches nothing (instead of being cut).
    DECLARE @login VARCHAR(100) = CASE
        WHEN LEN(TRIM(@login_name)) <= 100 THEN LOWER(TRIM(@login_name))
    END;

    ----------------------------------------------------------------------------
    -- Check the caller and the parameters
    ----------------------------------------------------------------------------
    IF COALESCE(IS_ROLEMEMBER(N'leadbase_web'), 0) = 0
        BEGIN
            THROW 50403, N'Only the web tier''s login (leadbase_web) may read credentials.', 1;
        END;

    IF NULLIF(TRIM(@login_name), N'') IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter login_name is not supported. It must not be empty.', 1;
        END;

    ----------------------------------------------------------------------------
    -- Return the user
    ----------------------------------------------------------------------------
    SELECT
        u.user_id,
        u.login_name,
        u.display_name,
        u.role_code,
        u.password_hash,
        u.is_active
    FROM core.app_user AS u
    WHERE u.login_name = @login;
END;
GO
