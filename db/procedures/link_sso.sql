/*
app.link_sso: link a Leadbase user to the company's identity provider (OpenID
Connect), by the provider's subject or by e-mail; or remove the link.

Callers: admins (the web tier's user page, DBAs).
Parameters:
    @login_name  NVARCHAR(4000)  required: the user to link
    @subject     NVARCHAR(4000)  the provider's "sub" claim, at most 255 characters;
                                 NULL (default) = none
    @email       NVARCHAR(4000)  an e-mail the provider vouches for, at most 254
                                 characters, stored lower case; NULL (default) = none
                                 Both NULL removes the link.
Result (one row): user_id INT, login_name VARCHAR(100), subject VARCHAR(255),
    email VARCHAR(254) (NULL after removing)
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only admins may link sign-ins.'
    50404  'The user x was not found.'
    50409  'The subject or e-mail is linked to another user.'
PostgreSQL twin: db/postgres/procedures/link_sso.sql.
Example:
    EXEC app.link_sso @login_name = N'anna.meier', @email = N'anna.meier@example.ch';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.link_sso
    @login_name NVARCHAR(4000),
    @subject NVARCHAR(4000) = NULL,
    @email NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @user_id INT;

    SET @subject = NULLIF(TRIM(@subject), N'');
    SET @email = LOWER(NULLIF(TRIM(@email), N''));

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN NULLIF(TRIM(@login_name), N'') IS NULL
                    THEN N'The value for the parameter login_name is not supported. It must not be empty.'
            END
        ),
        (
            2,
            CASE
                WHEN LEN(@subject) > 255
                    THEN
                        N'The value for the parameter subject is not supported. '
                        + N'It must not be longer than 255 characters.'
            END
        ),
        (
            3,
            CASE
                WHEN LEN(@email) > 254 OR @email NOT LIKE N'%_@_%'
                    THEN
                        N'The value for the parameter email is not supported. '
                        + N'It must be an e-mail address of at most 254 characters.'
            END
        )
    ) AS p(problem_no, problem);

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling, and whom
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may link sign-ins.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SELECT @user_id = u.user_id
    FROM core.app_user AS u
    WHERE u.login_name = CAST(LOWER(TRIM(@login_name)) AS VARCHAR(100));

    IF @user_id IS NULL
        BEGIN
            SET @message = CONCAT(N'The user ', @login_name, N' was not found.');
            THROW 50404, @message, 1;
        END;

    IF
        EXISTS (
            SELECT 1
            FROM core.user_sso_link AS l
            WHERE
                l.user_id <> @user_id
                AND (l.subject = CAST(@subject AS VARCHAR(255)) OR l.email = CAST(@email AS VARCHAR(254)))
        )
        BEGIN
            THROW 50409, N'The subject or e-mail is linked to another user.', 1;
        END;

    ----------------------------------------------------------------------------
    -- Link, change or remove
    ----------------------------------------------------------------------------
    BEGIN TRY
        BEGIN TRANSACTION;

        IF @subject IS NULL AND @email IS NULL
            BEGIN
                DELETE l
                FROM core.user_sso_link AS l
                WHERE l.user_id = @user_id;
            END;
        ELSE IF
            EXISTS (
                SELECT 1
                FROM core.user_sso_link AS l
                WHERE l.user_id = @user_id
            )
            BEGIN
                UPDATE l
                SET
                    l.subject = @subject,
                    l.email = @email,
                    l.last_edited_by = @caller_id
                FROM core.user_sso_link AS l
                WHERE l.user_id = @user_id;
            END;
        ELSE
            BEGIN
                INSERT core.user_sso_link (user_id, subject, email, last_edited_by)
                VALUES (@user_id, @subject, @email, @caller_id);
            END;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;

        THROW;
    END CATCH;

    SELECT
        u.user_id,
        u.login_name,
        l.subject,
        l.email
    FROM core.app_user AS u
    LEFT JOIN core.user_sso_link AS l ON u.user_id = l.user_id
    WHERE u.user_id = @user_id;
END;
GO
