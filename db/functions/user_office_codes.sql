/*
core.user_office_codes(@user_id): a user's offices as one comma-separated, sorted
list of office codes ('egeli,luzern'); NULL when the user has none.

An inline table-valued function: expanded into the calling query.
Callers: app.whoami, app.list_users, app.save_user (their office_codes column).
PostgreSQL twin: db/postgres/functions/user_office_codes.sql.
Example:
    SELECT c.office_codes FROM core.user_office_codes(7) AS c;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.user_office_codes(
    @user_id INT
)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN
-- STRING_AGG of varchar is varchar(8000), as the contract says; beyond that it
-- raises error 9829 instead of cutting the list (the former VARCHAR(100) cast cut it).
SELECT STRING_AGG(o.office_code, ',') WITHIN GROUP (ORDER BY o.office_code) AS office_codes
FROM core.user_office AS uo
INNER JOIN core.office AS o ON uo.office_id = o.office_id
WHERE uo.user_id = @user_id;
GO
