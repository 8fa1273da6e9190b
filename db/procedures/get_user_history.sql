/*
app.get_user_history: every change of a user, newest first, read from system time
(core.app_user, core.user_office and their history): when, who, and the user as
it was from then on.

A change is a moment at which a version of the user or of one of their offices
began or ended. Who: the last_edited_by of the user's version or office row that
began then (NULL = the system).
Callers: admins (any user), managers (users who share an office with them, as
app.list_users); DBAs.
Parameters:
    @login_name  NVARCHAR(4000)  required
Result (one row per change, newest first):
    changed_at DATETIME2(3) (UTC), changed_by NVARCHAR(200), display_name NVARCHAR(200),
    role_code VARCHAR(20), office_codes NVARCHAR(MAX) (comma-separated, sorted),
    is_active BIT, lead_capacity SMALLINT, password_changed BIT (the hash differs
    from the version before)
Errors:
    50401  'No active user is signed in.'
    50403  'Only managers and admins may see users.'
    50404  'The user x was not found.' (also when the caller may not see the user)
PostgreSQL twin: db/postgres/procedures/get_user_history.sql.
Example:
    EXEC app.get_user_history @login_name = N'anna.meier';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_user_history
    @login_name NVARCHAR(4000)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @user_id INT;

    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may see users.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SELECT @user_id = u.user_id
    FROM core.app_user AS u
    WHERE
        u.login_name = CAST(@login_name AS VARCHAR(100))
        AND (
            @caller_role = 'admin'
            OR EXISTS (
                SELECT 1
                FROM core.user_office AS mine
                INNER JOIN core.user_office AS theirs ON mine.office_id = theirs.office_id
                WHERE
                    mine.user_id = @caller_id
                    AND theirs.user_id = u.user_id
            )
        );

    IF @user_id IS NULL
        BEGIN
            SET @message = CONCAT(N'The user ', @login_name, N' was not found.');
            THROW 50404, @message, 1;
        END;

    SELECT
        v.display_name,
        v.role_code,
        v.is_active,
        v.lead_capacity,
        v.last_edited_by,
        v.valid_from,
        v.valid_to,
        v.password_hash,
        LAG(v.password_hash) OVER (ORDER BY v.valid_from, v.valid_to) AS previous_hash,
        ROW_NUMBER() OVER (ORDER BY v.valid_from, v.valid_to) AS version_no
    INTO #user_version
    -- The history tables read directly, as on PostgreSQL: FOR SYSTEM_TIME ALL would
    -- hide versions of zero duration, such as the last_edited_by stamp that
    -- app.save_user writes on an office just before deleting it (who removed it).
    FROM (
        SELECT
            a.display_name,
            a.role_code,
            a.is_active,
            a.lead_capacity,
            a.last_edited_by,
            a.valid_from,
            a.valid_to,
            a.password_hash
        FROM core.app_user AS a
        WHERE a.user_id = @user_id
        UNION ALL
        SELECT
            h.display_name,
            h.role_code,
            h.is_active,
            h.lead_capacity,
            h.last_edited_by,
            h.valid_from,
            h.valid_to,
            h.password_hash
        FROM history.app_user AS h
        WHERE h.user_id = @user_id
    ) AS v;

    SELECT
        o.office_code,
        uo.last_edited_by,
        uo.valid_from,
        uo.valid_to
    INTO #office_version
    FROM (
        SELECT
            c.office_id,
            c.last_edited_by,
            c.valid_from,
            c.valid_to
        FROM core.user_office AS c
        WHERE c.user_id = @user_id
        UNION ALL
        SELECT
            h.office_id,
            h.last_edited_by,
            h.valid_from,
            h.valid_to
        FROM history.user_office AS h
        WHERE h.user_id = @user_id
    ) AS uo
    INNER JOIN core.office AS o ON uo.office_id = o.office_id;

    -- Each moment something began or ended, with who wrote it.
    SELECT
        uv.valid_from AS changed_at,
        uv.last_edited_by
    INTO #edit
    FROM #user_version AS uv
    UNION ALL
    SELECT
        ov.valid_from AS changed_at,
        ov.last_edited_by
    FROM #office_version AS ov
    UNION ALL
    SELECT
        ov.valid_to AS changed_at,
        ov.last_edited_by
    FROM #office_version AS ov
    WHERE ov.valid_to < CAST('9999-12-31' AS DATETIME2(3));

    WITH change AS (
        SELECT DISTINCT e.changed_at
        FROM #edit AS e
    )

    SELECT
        c.changed_at,
        editor.display_name AS changed_by,
        state.display_name,
        state.role_code,
        offices.office_codes,
        state.is_active,
        state.lead_capacity,
        -- The hash differs from the version before (NULL to a hash included).
        CASE
            WHEN
                state.valid_from = c.changed_at
                AND state.version_no > 1
                AND EXISTS (
                    SELECT state.previous_hash
                    EXCEPT
                    SELECT state.password_hash
                )
                THEN CAST(1 AS BIT)
            ELSE CAST(0 AS BIT)
        END AS password_changed
    FROM change AS c
    CROSS APPLY (
        SELECT TOP (1) uv.*
        FROM #user_version AS uv
        WHERE uv.valid_from <= c.changed_at
        ORDER BY uv.valid_from DESC
    ) AS state
    OUTER APPLY (
        SELECT
            STRING_AGG(CAST(ov.office_code AS NVARCHAR(MAX)), N',') WITHIN GROUP (ORDER BY ov.office_code)
                AS office_codes
        FROM #office_version AS ov
        WHERE ov.valid_from <= c.changed_at AND ov.valid_to > c.changed_at
    ) AS offices
    OUTER APPLY (
        SELECT TOP (1) u.display_name
        FROM #edit AS e
        INNER JOIN core.app_user AS u ON e.last_edited_by = u.user_id
        WHERE e.changed_at = c.changed_at
    ) AS editor
    ORDER BY c.changed_at DESC;
END;
GO
