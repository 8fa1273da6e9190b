/*
core.user_office_codes(@user_id): a user's offices as one comma-separated, sorted
list of office codes ('egeli,luzern'), as far as the caller may see them: the
offices the caller shares with the user, or all of them for an admin (who
manages every user). A manager therefore never learns which other offices a
shared colleague works for. NULL when there is none to show.

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
WHERE
    uo.user_id = @user_id
    AND (
        uo.office_id IN (
            SELECT co.office_id
            FROM security.caller_offices() AS co
        )
        OR EXISTS (
            SELECT 1
            FROM security.caller() AS c
            WHERE c.role_code = 'admin'
        )
    );
GO
