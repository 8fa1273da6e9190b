/*
security.caller_offices(): the offices the caller may see and change.

Returns office_id (smallint), one row per office and source, from four sources:
1. the application user: security.caller() (the web tier's session user, a
   DBA's mapped user, or the user a break-glass window acts as) -> that user's
   offices in core.user_office;
2. a BI user: security.bi_login_office rows for the database user (USER_NAME());
   a central BI user (security.bi_central_login) -> every office;
3. break-glass: a member of leadbase_breakglass whose session context
   break_glass_id names an unexpired security.break_glass_log row opened by the
   same login (ORIGINAL_LOGIN()) and acting as nobody in particular -> every
   office (a window acting as a user gets that user's offices through 1.);
4. the routing principal: USER_NAME() = N'leadbase_router', i.e. inside
   app.set_plz_mapping and app.route_leads (WITH EXECUTE AS N'leadbase_router')
   -> every office.
Anything else returns no row: no office, fail closed. A caller matching several
sources gets an office more than once; security.office_access_predicate only
asks whether an office is among them.

Every condition is row-independent (session context, principal names, role
membership), so the optimizer evaluates this once per query, not per lead row.
SESSION_CONTEXT is read with TRY_CAST so that no value can make a predicate raise
an error. Schema-bound because security.office_access_predicate is. The UNION is
written as RETURN ( ... ): SQL Server accepts it either way, sqlfluff's T-SQL
parser only this way.

Callers: security.office_access_predicate(); procedures that need the offices
explicitly (e.g. to route a new lead only into one of the caller's offices).
Example:
    SELECT co.office_id FROM security.caller_offices() AS co;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION security.caller_offices()
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN (
    -- 1. The application user's offices.
    SELECT uo.office_id
    FROM security.caller() AS c
    INNER JOIN core.user_office AS uo ON c.user_id = uo.user_id

    UNION ALL

    -- 2. A BI user's offices, by database user name.
    SELECT blo.office_id
    FROM security.bi_login_office AS blo
    WHERE blo.login_name = USER_NAME()

    UNION ALL

    -- 2b. A central BI user: every office (each read audited, security/bi_central_use.sql).
    SELECT o.office_id
    FROM core.office AS o
    WHERE
        EXISTS (
            SELECT 1
            FROM security.bi_central_login AS bcl
            WHERE bcl.login_name = USER_NAME()
        )

    UNION ALL

    -- 3. Break-glass: every office while an opened, unexpired window is named.
    SELECT o.office_id
    FROM core.office AS o
    WHERE
        IS_ROLEMEMBER(N'leadbase_breakglass') = 1
        AND EXISTS (
            SELECT 1
            FROM security.break_glass_log AS bgl
            WHERE
                bgl.break_glass_id = TRY_CAST(SESSION_CONTEXT(N'break_glass_id') AS INT)
                AND bgl.login_name = ORIGINAL_LOGIN()
                AND bgl.expires_at > SYSUTCDATETIME()
                AND bgl.act_as_user_id IS NULL
        )

    UNION ALL

    -- 4. The routing principal: every office.
    SELECT o.office_id
    FROM core.office AS o
    WHERE USER_NAME() = N'leadbase_router'
);
GO
