/*
app.list_plz_ranges: the PLZ-to-office mapping as it is now, every office with its
ranges (the admins' mapping page; DBAs).

Callers: admins.
Parameters: none.
Result (by office_id, plz_from; an office without a range has one row with NULL
plz_from and plz_to, such as the catch-all office):
    office_code VARCHAR(20), office_name NVARCHAR(100), is_catch_all BIT,
    plz_from SMALLINT, plz_to SMALLINT
Errors:
    50401  'No active user is signed in.'
    50403  'Only admins may see the PLZ mapping.'
PostgreSQL twin: db/postgres/procedures/list_plz_ranges.sql.
Example:
    EXEC app.list_plz_ranges;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_plz_ranges
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

    SELECT
        o.office_code,
        o.office_name,
        o.is_catch_all,
        r.plz_from,
        r.plz_to
    FROM core.office AS o
    LEFT JOIN core.office_plz_range AS r ON o.office_id = r.office_id
    ORDER BY o.office_id ASC, r.plz_from ASC;
END;
GO
