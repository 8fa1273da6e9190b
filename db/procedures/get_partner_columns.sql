/*
app.get_partner_columns: the column mapping of an active partner, for the file
reader: which header (lower case, trimmed) fills which field. A header that names a
field itself (company_name, plz, ...) is read as that field without a row here.

Parameters:
    @partner_code  NVARCHAR(4000)  required
Result: source_header NVARCHAR(200), field_name VARCHAR(40), sorted by header; no rows
    for an unknown or inactive partner.
Errors:
    50401  'No active user is signed in.'
    50403  'Only managers and admins may import partner files.'
PostgreSQL twin: db/postgres/procedures/get_partner_columns.sql.
Example:
    EXEC app.get_partner_columns @partner_code = N'swissleads';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_partner_columns
    @partner_code NVARCHAR(4000)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may import partner files.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SELECT
        pc.source_header,
        pc.field_name
    FROM core.partner AS p
    INNER JOIN core.partner_column AS pc ON p.partner_id = pc.partner_id
    WHERE p.partner_code = LOWER(TRIM(@partner_code)) AND p.is_active = 1
    ORDER BY pc.source_header;
END;
GO
