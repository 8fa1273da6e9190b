/*
roles.sql: the database roles and the routing principal.

    leadbase_api         DBA operators (each login mapped to one user in
                         security.dba_login_user); EXECUTE on schema app
    leadbase_web         the web tier's login, member of leadbase_api: the only
                         role whose session context user_id names the caller, and
                         the only one that may read credentials
    leadbase_bi          BI logins; SELECT on schema bi; offices from
                         security.bi_login_office (by database user name)
    leadbase_breakglass  DBAs; EXECUTE on security.open_break_glass, every use logged
    leadbase_router      user without login, member of leadbase_web; app.set_plz_mapping
                         and app.route_leads run WITH EXECUTE AS N'leadbase_router'
                         and so see every office, only inside routing; as a member
                         of leadbase_web it still reads the web session's user there
                         (a mapped DBA stays themselves: security.caller())

Logins and their users are created by the DBA per environment, then added to a
role, e.g. ALTER ROLE leadbase_web ADD MEMBER leadbase_app; (the web tier) or
ALTER ROLE leadbase_api ADD MEMBER [CORP\anna]; plus a row in
security.dba_login_user (a DBA).
Grants live in security/grants.sql. Re-runnable.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF DATABASE_PRINCIPAL_ID(N'leadbase_api') IS NULL
    BEGIN
        CREATE ROLE leadbase_api AUTHORIZATION dbo;
    END;

IF DATABASE_PRINCIPAL_ID(N'leadbase_web') IS NULL
    BEGIN
        CREATE ROLE leadbase_web AUTHORIZATION dbo;
    END;

IF COALESCE(IS_ROLEMEMBER(N'leadbase_api', N'leadbase_web'), 0) = 0
    BEGIN
        ALTER ROLE leadbase_api ADD MEMBER leadbase_web;
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

IF COALESCE(IS_ROLEMEMBER(N'leadbase_web', N'leadbase_router'), 0) = 0
    BEGIN
        ALTER ROLE leadbase_web ADD MEMBER leadbase_router;
    END;
GO
