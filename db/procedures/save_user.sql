/*
app.save_user: create a user, or change one (matched by login_name).

Callers: admins (everyone) and managers (representatives of their own offices
only): the web tier's user management, DBAs, the demo-data loader.
Parameters:
    @login_name     NVARCHAR(4000)  required: 3-100 characters of a-z, 0-9, dot,
                                    underscore and hyphen
    @display_name   NVARCHAR(4000)  required: 1-200 characters (trimmed)
    @role_code      VARCHAR(20)     required: representative | manager | admin
    @office_codes   NVARCHAR(4000)  required: comma-separated office codes
                                    (luzern,romandie); a representative exactly one
    @password_hash  NVARCHAR(4000)  argon2id hash from the web tier, at most 200
                                    characters; NULL (default) keeps the current one
    @is_active      BIT             default 1; users are deactivated, never deleted
    @lead_capacity  SMALLINT        how many open leads a representative can carry,
                                    0-1000; NULL (default) keeps the current value
Result (one row):
    user_id INT, login_name VARCHAR(100), role_code VARCHAR(20),
    office_codes VARCHAR(8000) (comma-separated, sorted), is_active BIT,
    lead_capacity SMALLINT
A save that changes nothing writes nothing (no new history version).
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'Only managers and admins may manage users.' (a representative)
           'Managers manage representatives of their own offices only.' (a manager
           saving another role, an office not theirs, or a user who is not a
           representative of their offices)
    50409  'Admins cannot deactivate or demote themselves.'
PostgreSQL twin: db/postgres/procedures/save_user.sql.
Example:
    EXEC app.save_user @login_name = N'anna.meier', @display_name = N'Anna Meier',
        @role_code = 'representative', @office_codes = N'luzern';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.save_user
    @login_name NVARCHAR(4000),
    @display_name NVARCHAR(4000),
    @role_code VARCHAR(20),
    @office_codes NVARCHAR(4000),
    @password_hash NVARCHAR(4000) = NULL,
    @is_active BIT = 1,
    @lead_capacity SMALLINT = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @user_id INT;
    DECLARE @login VARCHAR(100);
    DECLARE @unknown_codes NVARCHAR(4000);
    DECLARE @code_count INT;
    DECLARE @code TABLE (
        office_code NVARCHAR(4000) NOT NULL,
        office_id SMALLINT NULL
    );

    SET @display_name = TRIM(@display_name);

    -- The office codes named: trimmed, each once, blanks ignored.
    INSERT @code (office_code, office_id)
    SELECT
        c.office_code,
        o.office_id
    FROM (
        SELECT DISTINCT TRIM(s.value) AS office_code
        FROM STRING_SPLIT(@office_codes, N',') AS s
        WHERE TRIM(s.value) <> N''
    ) AS c
    LEFT JOIN core.office AS o ON c.office_code = o.office_code;

    SELECT
        @code_count = COUNT(*),
        @unknown_codes = STRING_AGG(CASE WHEN c.office_id IS NULL THEN c.office_code END, N', ')
        WITHIN GROUP (ORDER BY c.office_code)
    FROM @code AS c;

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                -- Binary collation: a-z means the ASCII lower-case letters only.
                WHEN
                    @login_name IS NULL
                    OR LEN(@login_name) NOT BETWEEN 3 AND 100
                    OR @login_name COLLATE Latin1_General_100_BIN2 LIKE N'%[^a-z0-9._-]%' -- noqa: CP02
                    THEN
                        N'The value for the parameter login_name is not supported. '
                        + N'It must have 3 to 100 characters of a-z, 0-9, dot, underscore and hyphen.'
            END
        ),
        (
            2,
            CASE
                WHEN NULLIF(@display_name, N'') IS NULL OR LEN(@display_name) > 200
                    THEN
                        N'The value for the parameter display_name is not supported. '
                        + N'It must have 1 to 200 characters.'
            END
        ),
        (3, core.code_problem('role', 'role_code', @role_code, 1)),
        (
            4,
            CASE
                WHEN @code_count = 0 OR @unknown_codes IS NOT NULL
                    THEN
                        N'The value for the parameter office_codes is not supported. '
                        + N'It must list known office codes'
                        + COALESCE(N' (unknown: ' + @unknown_codes + N')', N'') + N'.'
                WHEN @role_code = 'representative' AND @code_count <> 1
                    THEN
                        N'The value for the parameter office_codes is not supported. '
                        + N'A representative belongs to exactly one office.'
            END
        ),
        (
            5,
            CASE
                WHEN LEN(@password_hash) > 200
                    THEN
                        N'The value for the parameter password_hash is not supported. '
                        + N'It must not be longer than 200 characters.'
            END
        ),
        (
            6,
            CASE
                WHEN @is_active IS NULL
                    THEN N'The value for the parameter is_active is not supported. It must be true or false.'
            END
        ),
        (
            7,
            CASE
                WHEN @lead_capacity NOT BETWEEN 0 AND 1000
                    THEN N'The value for the parameter lead_capacity is not supported. It must be between 0 and 1000.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    -- Valid, hence plain ASCII: typed like the column, so the unique index is sought.
    SET @login = @login_name;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may manage users.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    -- A manager saves representatives of their own offices: the role, every office
    -- named, and an existing user's role and offices.
    IF
        @caller_role = 'manager'
        AND (
            @role_code <> 'representative'
            OR EXISTS (
                SELECT 1
                FROM @code AS c
                WHERE NOT EXISTS (
                    SELECT 1
                    FROM core.user_office AS mine
                    WHERE
                        mine.user_id = @caller_id
                        AND mine.office_id = c.office_id
                )
            )
            OR EXISTS (
                SELECT 1
                FROM core.app_user AS u
                WHERE
                    u.login_name = @login
                    AND (
                        u.role_code <> 'representative'
                        OR EXISTS (
                            SELECT 1
                            FROM core.user_office AS theirs
                            WHERE
                                theirs.user_id = u.user_id
                                AND NOT EXISTS (
                                    SELECT 1
                                    FROM core.user_office AS mine
                                    WHERE
                                        mine.user_id = @caller_id
                                        AND mine.office_id = theirs.office_id
                                )
                        )
                    )
            )
        )
        BEGIN
            THROW 50403, N'Managers manage representatives of their own offices only.', 1;
        END;

    IF
        EXISTS (
            SELECT 1
            FROM core.app_user AS u
            WHERE
                u.user_id = @caller_id
                AND u.login_name = @login
                AND (@is_active = 0 OR @role_code <> 'admin')
        )
        BEGIN
            THROW 50409, N'Admins cannot deactivate or demote themselves.', 1;
        END;

    ----------------------------------------------------------------------------
    -- The user and their offices, in one transaction
    ----------------------------------------------------------------------------
    BEGIN TRY
        BEGIN TRANSACTION;

        -- Locks the login name, present or not, so that two saves of a new
        -- user do not both insert it.
        SELECT @user_id = u.user_id
        FROM core.app_user AS u WITH (UPDLOCK, HOLDLOCK)
        WHERE u.login_name = @login;

        IF @user_id IS NULL
            BEGIN
                INSERT core.app_user (
                    login_name, display_name, role_code, password_hash, is_active, lead_capacity, last_edited_by
                )
                VALUES (@login, @display_name, @role_code, @password_hash, @is_active, @lead_capacity, @caller_id);

                SET @user_id = SCOPE_IDENTITY();
            END;
        ELSE
            BEGIN
                -- Only when something differs (EXCEPT compares NULLs as equal).
                -- Text compares byte-wise: a change of case alone is a change, as
                -- on PostgreSQL (the database's collation may ignore case).
                UPDATE u
                SET
                    display_name = @display_name,
                    role_code = @role_code,
                    password_hash = COALESCE(@password_hash, u.password_hash),
                    is_active = @is_active,
                    lead_capacity = COALESCE(@lead_capacity, u.lead_capacity),
                    last_edited_by = @caller_id
                FROM core.app_user AS u
                WHERE
                    u.user_id = @user_id
                    AND EXISTS (
                        SELECT
                            u.display_name COLLATE Latin1_General_100_BIN2 AS display_name, -- noqa: CP02
                            u.role_code COLLATE Latin1_General_100_BIN2 AS role_code, -- noqa: CP02
                            u.password_hash COLLATE Latin1_General_100_BIN2 AS password_hash, -- noqa: CP02
                            u.is_active,
                            u.lead_capacity
                        EXCEPT
                        SELECT
                            @display_name COLLATE Latin1_General_100_BIN2 AS display_name, -- noqa: CP02
                            @role_code COLLATE Latin1_General_100_BIN2 AS role_code, -- noqa: CP02
                            COALESCE(@password_hash, u.password_hash) COLLATE Latin1_General_100_BIN2 -- noqa: CP02
                                AS password_hash,
                            @is_active AS is_active,
                            COALESCE(@lead_capacity, u.lead_capacity) AS lead_capacity
                    );
            END;

        -- Offices no longer named. last_edited_by is set first so that the
        -- history row of the deletion names who removed the office.
        UPDATE uo
        SET last_edited_by = @caller_id
        FROM core.user_office AS uo
        WHERE
            uo.user_id = @user_id
            AND NOT EXISTS (
                SELECT 1
                FROM @code AS c
                WHERE c.office_id = uo.office_id
            );

        DELETE uo
        FROM core.user_office AS uo
        WHERE
            uo.user_id = @user_id
            AND NOT EXISTS (
                SELECT 1
                FROM @code AS c
                WHERE c.office_id = uo.office_id
            );

        -- Offices newly named.
        INSERT core.user_office (user_id, office_id, last_edited_by)
        SELECT
            @user_id AS user_id,
            c.office_id,
            @caller_id AS last_edited_by
        FROM @code AS c
        WHERE
            NOT EXISTS (
                SELECT 1
                FROM core.user_office AS uo
                WHERE
                    uo.user_id = @user_id
                    AND uo.office_id = c.office_id
            );

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": roll back our own transaction; a caller's
        -- is doomed (XACT_ABORT) and the caller's to roll back.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result
    ----------------------------------------------------------------------------
    SELECT
        u.user_id,
        u.login_name,
        u.role_code,
        offices.office_codes,
        u.is_active,
        u.lead_capacity
    FROM core.app_user AS u
    OUTER APPLY core.user_office_codes(u.user_id) AS offices
    WHERE u.user_id = @user_id;
END;
GO
