/*
app.list_partners: the active partners a manager or admin may import files of, for
the upload form; each with the number of mapped columns.

Parameters: none.
Result (sorted by partner_name): partner_code VARCHAR(40), partner_name NVARCHAR(200),
    column_count BIGINT
Errors:
    50401  'No active user is signed in.'
    50403  'Only managers and admins may import partner files.'
PostgreSQL twin: db/postgres/procedures/list_partners.sql.
Example:
    EXEC app.list_partners;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_partners
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
        p.partner_code,
        p.partner_name,
        (
            SELECT COUNT_BIG(*) FROM core.partner_column AS pc
            WHERE pc.partner_id = p.partner_id
        ) AS column_count
    FROM core.partner AS p
    WHERE p.is_active = 1
    ORDER BY p.partner_name, p.partner_code;
END;
GO
