/*
security.bootstrap_admin: the first admin of a new database, member of every office.

Callers
    The DBA who deploys, as dbo, right after deploy.ps1; granted to nobody.
    Does nothing when the login exists, so it is safe to run on every deployment.

Parameters
    @login_name     varchar(100)   required; 3 to 100 of a-z 0-9 . _ -
    @display_name   nvarchar(200)  required
    @password_hash  varchar(200)   argon2id hash from the web tier; NULL = none yet

Result (one row)
    user_id, login_name, created (0 when the login already existed)

Errors
    50400  The value for the parameter login_name or display_name is not supported. ...

Example
    EXEC security.bootstrap_admin @login_name = 'admin', @display_name = N'Administrator';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE security.bootstrap_admin
    @login_name VARCHAR(100),
    @display_name NVARCHAR(200),
    @password_hash VARCHAR(200) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @user_id INT;
    DECLARE @created BIT = 0;
    DECLARE
        @message NVARCHAR(400)
        = N'The value for the parameter login_name or display_name is not supported. '
        + N'login_name must have 3 to 100 characters of a-z, 0-9, dot, underscore and hyphen.';

    ----------------------------------------------------------------------------
    -- Check input parameters
    ----------------------------------------------------------------------------

    IF
        @login_name IS NULL
        OR LEN(@login_name) < 3
        OR @login_name LIKE '%[^a-z0-9._-]%' COLLATE latin1_general_100_bin2
        OR NULLIF(TRIM(@display_name), N'') IS NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Execute
    ----------------------------------------------------------------------------

    SELECT @user_id = u.user_id
    FROM core.app_user AS u
    WHERE u.login_name = @login_name;

    IF @user_id IS NULL
        BEGIN
            BEGIN TRY
                BEGIN TRANSACTION;

                INSERT core.app_user (login_name, display_name, role_code, password_hash)
                VALUES (@login_name, TRIM(@display_name), 'admin', @password_hash);

                SET @user_id = CAST(SCOPE_IDENTITY() AS INT);

                INSERT core.user_office (user_id, office_id)
                SELECT
                    @user_id AS user_id,
                    o.office_id
                FROM core.office AS o;

                COMMIT TRANSACTION;
                SET @created = 1;
            END TRY
            BEGIN CATCH
                IF XACT_STATE() <> 0
                    BEGIN
                        ROLLBACK TRANSACTION;
                    END;

                THROW;
            END CATCH;
        END;

    SELECT
        @user_id AS user_id,
        @login_name AS login_name,
        @created AS created;
END;
GO
