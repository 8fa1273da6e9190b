/*
app.save_my_profile: the signed-in user changes their own language or password.

Callers: the web tier's profile page (it checks the current password against the
stored argon2id hash before it sends a new hash: the database never sees a
password); DBAs acting as themselves.
Parameters:
    @language_code  VARCHAR(2)      de | fr | en (core.language); NULL (default) keeps it
    @password_hash  NVARCHAR(4000)  argon2id hash from the web tier, at most 200
                                    characters; NULL (default) keeps it
Result (one row): user_id INT, language_code VARCHAR(2)
A save that changes nothing writes nothing (no new history version); a change
is kept in history.app_user with last_edited_by = the user.
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
PostgreSQL twin: db/postgres/procedures/save_my_profile.sql.
Example:
    EXEC app.save_my_profile @language_code = 'fr';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.save_my_profile
    @language_code VARCHAR(2) = NULL,
    @password_hash NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (1, core.code_problem('language', 'language_code', @language_code, 0)),
        (
            2,
            CASE
                WHEN LEN(@password_hash) > 200
                    THEN
                        N'The value for the parameter password_hash is not supported. '
                        + N'It must not be longer than 200 characters.'
            END
        )
    ) AS p(problem_no, problem);

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @user_id = @caller_id OUTPUT;

    ----------------------------------------------------------------------------
    -- Save what changed
    ----------------------------------------------------------------------------
    UPDATE u
    SET
        u.language_code = COALESCE(@language_code, u.language_code),
        u.password_hash = COALESCE(CAST(@password_hash AS VARCHAR(200)), u.password_hash),
        u.last_edited_by = @caller_id
    FROM core.app_user AS u
    WHERE
        u.user_id = @caller_id
        AND (
            @password_hash IS NOT NULL
            OR (
                @language_code IS NOT NULL
                AND (u.language_code IS NULL OR u.language_code <> @language_code)
            )
        );

    SELECT
        u.user_id,
        u.language_code
    FROM core.app_user AS u
    WHERE u.user_id = @caller_id;
END;
GO
