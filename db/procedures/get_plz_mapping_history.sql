/*
app.get_plz_mapping_history: every change of the PLZ-to-office mapping, newest
first, read from system time (core.office_plz_range and its history): when, who,
and the ranges before and after.

A change is a moment at which ranges began or ended (app.set_plz_mapping writes a
new mapping in one transaction, so its ranges share that moment). Who: the
last_edited_by of the ranges that began then (NULL when ranges only ended, or for
the seed).
Callers: admins (the mapping page), DBAs.
Parameters: none.
Result (one row per change, newest first):
    changed_at DATETIME2(3) (UTC), changed_by NVARCHAR(200) (display name; NULL =
    the system), ranges_before NVARCHAR(MAX), ranges_after NVARCHAR(MAX)
    (e.g. 'luzern 6000-6499, romandie 1000-2499', by plz_from; NULL = none)
Errors:
    50401  'No active user is signed in.'
    50403  'Only admins may see the PLZ mapping.'
PostgreSQL twin: db/postgres/procedures/get_plz_mapping_history.sql.
Example:
    EXEC app.get_plz_mapping_history;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_plz_mapping_history
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may see the PLZ mapping.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    -- Every version of every range, current and past: the history table read
    -- directly, as on PostgreSQL. FOR SYSTEM_TIME ALL would hide versions of zero
    -- duration, such as the one app.set_plz_mapping stamps with last_edited_by just
    -- before it deletes the old ranges in the same transaction.
    SELECT
        r.office_id,
        r.plz_from,
        r.plz_to,
        r.last_edited_by,
        r.valid_from,
        r.valid_to
    INTO #version
    FROM core.office_plz_range AS r
    UNION ALL
    SELECT
        h.office_id,
        h.plz_from,
        h.plz_to,
        h.last_edited_by,
        h.valid_from,
        h.valid_to
    FROM history.office_plz_range AS h;

    WITH change AS (
        SELECT v.valid_from AS changed_at
        FROM #version AS v
        UNION
        SELECT v.valid_to AS changed_at
        FROM #version AS v
        WHERE v.valid_to < CAST('9999-12-31' AS DATETIME2(3))
    )

    SELECT
        c.changed_at,
        editor.display_name AS changed_by,
        ranges_old.ranges AS ranges_before,
        ranges_new.ranges AS ranges_after
    FROM change AS c
    OUTER APPLY (
        SELECT TOP (1) u.display_name
        FROM #version AS v
        INNER JOIN core.app_user AS u ON v.last_edited_by = u.user_id
        WHERE v.valid_from = c.changed_at
    ) AS editor
    OUTER APPLY (
        SELECT
            STRING_AGG(CAST(CONCAT(o.office_code, ' ', v.plz_from, '-', v.plz_to) AS NVARCHAR(MAX)), ', ')
            WITHIN GROUP (ORDER BY v.plz_from) AS ranges
        FROM #version AS v
        INNER JOIN core.office AS o ON v.office_id = o.office_id
        WHERE v.valid_from < c.changed_at AND v.valid_to >= c.changed_at
    ) AS ranges_old
    OUTER APPLY (
        SELECT
            STRING_AGG(CAST(CONCAT(o.office_code, ' ', v.plz_from, '-', v.plz_to) AS NVARCHAR(MAX)), ', ')
            WITHIN GROUP (ORDER BY v.plz_from) AS ranges
        FROM #version AS v
        INNER JOIN core.office AS o ON v.office_id = o.office_id
        WHERE v.valid_from <= c.changed_at AND v.valid_to > c.changed_at
    ) AS ranges_new
    ORDER BY c.changed_at DESC;
END;
GO
