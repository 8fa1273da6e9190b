/*
app.list_contact_windows: the do-not-contact windows (admins): the global rule and
each office's own rules, by the lead status they follow; with @history = 1 every
version from system time (core.contact_window and history.contact_window, read
directly, as on PostgreSQL), newest first: what each window was, from when, until
when, and who set it.

Parameters:
    @history  BIT  0 (default): the current windows; 1: every version
Result: office_code VARCHAR(20) (NULL = the global rule), status_code VARCHAR(20),
    window_months SMALLINT (NULL = never expires), changed_at DATETIME2(3) (the
    version's valid_from), changed_by NVARCHAR(200) (display name; NULL = the system),
    valid_to DATETIME2(3) (NULL for the current version). Current windows sorted by
    office (global first) and status order; history newest first.
Errors:
    50401  'No active user is signed in.'
    50403  'Only admins may see the contact windows.'
PostgreSQL twin: db/postgres/procedures/list_contact_windows.sql.
Example:
    EXEC app.list_contact_windows @history = 1;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_contact_windows
    @history BIT = 0
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may see the contact windows.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    WITH version AS (
        SELECT
            w.office_id,
            w.status_code,
            w.window_months,
            w.last_edited_by,
            w.valid_from,
            CAST(NULL AS DATETIME2(3)) AS valid_to
        FROM core.contact_window AS w
        UNION ALL
        SELECT
            h.office_id,
            h.status_code,
            h.window_months,
            h.last_edited_by,
            h.valid_from,
            h.valid_to
        FROM history.contact_window AS h
        WHERE COALESCE(@history, 0) = 1
    )

    SELECT
        o.office_code,
        v.status_code,
        v.window_months,
        v.valid_from AS changed_at,
        u.display_name AS changed_by,
        v.valid_to
    FROM version AS v
    LEFT JOIN core.office AS o ON v.office_id = o.office_id
    LEFT JOIN core.app_user AS u ON v.last_edited_by = u.user_id
    INNER JOIN core.lead_status AS s ON v.status_code = s.code
    ORDER BY
        CASE WHEN COALESCE(@history, 0) = 1 THEN v.valid_from END DESC,
        IIF(o.office_code IS NULL, 0, 1) ASC,
        o.office_code ASC,
        s.sort_order ASC,
        IIF(v.valid_to IS NULL, 0, 1) ASC,
        v.valid_to DESC;
END;
GO
