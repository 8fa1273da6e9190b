/*
roles.sql: the database roles and the routing principal.

    leadbase_api         the web app's login and DBA operators; EXECUTE on schema app
    leadbase_bi          BI logins; SELECT on schema bi; offices from
                         security.bi_login_office (by database user name)
    leadbase_breakglass  DBAs; EXECUTE on security.open_break_glass, every use logged
    leadbase_router      user without login, member of leadbase_api; app.set_plz_mapping
                         and app.route_leads run WITH EXECUTE AS N'leadbase_router'
                         and so see every office, only inside routing

Logins and their users are created by the DBA per environment, then added to a
role, e.g. ALTER ROLE leadbase_api ADD MEMBER leadbase_web;
Grants live in security/grants.sql. Re-runnable.
*/

IF DATABASE_PRINCIPAL_ID(N'leadbase_api') IS NULL
    BEGIN
        CREATE ROLE leadbase_api AUTHORIZATION dbo;
    END;

IF DATABASE_PRINCIPAL_ID(N'leadbase_bi') IS NULL
    BEGIN
        CREATE ROLE leadbase_bi AUTHORIZATION dbo;
    END;

IF DATABASE_PRINCIPAL_ID(N'leadbase_breakglass') IS NULL
    BEGIN
        CREATE ROLE leadbase_breakglass AUTHORIZATION dbo;
    END;

IF DATABASE_PRINCIPAL_ID(N'leadbase_router') IS NULL
    BEGIN
        CREATE USER leadbase_router WITHOUT LOGIN WITH DEFAULT_SCHEMA = app;
    END;

IF COALESCE(IS_ROLEMEMBER(N'leadbase_api', N'leadbase_router'), 0) = 0
    BEGIN
        ALTER ROLE leadbase_api ADD MEMBER leadbase_router;
    END;
GO
