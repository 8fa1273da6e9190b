/*
app.get_sso_user: the Leadbase user an identity provider's sign-in belongs to, by
the link an admin made (core.user_sso_link): the subject first, then the e-mail.

Callers: the web tier's single sign-on, after it has checked the provider's ID
token (signature, issuer, audience, expiry, nonce); only its login.
Parameters:
    @subject  NVARCHAR(4000)  the token's "sub" claim
    @email    NVARCHAR(4000)  the token's "email" claim; NULL (default) = none
Result (one row, or none when nobody is linked):
    user_id INT, login_name VARCHAR(100), display_name NVARCHAR(200),
    role_code VARCHAR(20), is_active BIT
Errors:
    50400  'The value for the parameter subject is not supported. It must not be empty.'
    50403  'Only the web tier''s login (leadbase_web) may read sign-in links.'
PostgreSQL twin: db/postgres/procedures/get_sso_user.sql.
Example:
    EXEC app.get_sso_user @subject = N'5d1f...', @email = N'anna.meier@example.ch';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_sso_user
    @subject NVARCHAR(4000),
    @email NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF COALESCE(IS_ROLEMEMBER(N'leadbase_web'), 0) = 0
        BEGIN
            THROW 50403, N'Only the web tier''s login (leadbase_web) may read sign-in links.', 1;
        END;

    IF NULLIF(TRIM(@subject), N'') IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter subject is not supported. It must not be empty.', 1;
        END;

    SELECT TOP (1)
        u.user_id,
        u.login_name,
        u.display_name,
        u.role_code,
        u.is_active
    FROM core.user_sso_link AS l
    INNER JOIN core.app_user AS u ON l.user_id = u.user_id
    WHERE
        l.subject = CAST(@subject AS VARCHAR(255))
        OR l.email = CAST(LOWER(TRIM(@email)) AS VARCHAR(254))
    -- The subject first: it is the provider's stable name for the person.
    ORDER BY CASE WHEN l.subject = CAST(@subject AS VARCHAR(255)) THEN 0 ELSE 1 END;
END;
GO
