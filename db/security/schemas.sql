/*
schemas.sql: the six schemas of Leadbase, all owned by dbo.

    core      tables and internal helpers (granted to nobody)
    history   history tables of the system-versioned tables (history.<table>)
    app       the procedures the web app and DBAs call
    bi        secured views for BI tools
    security  predicate functions, the security policy, BI login mapping,
              break-glass log
    stage     import staging (filled by the partner import)

Re-runnable: CREATE SCHEMA must be the only statement in its batch, so each one
runs as dynamic SQL behind an existence check.
*/

IF SCHEMA_ID(N'core') IS NULL
    BEGIN
        EXEC (N'CREATE SCHEMA core AUTHORIZATION dbo;');
    END;

IF SCHEMA_ID(N'history') IS NULL
    BEGIN
        EXEC (N'CREATE SCHEMA history AUTHORIZATION dbo;');
    END;

IF SCHEMA_ID(N'app') IS NULL
    BEGIN
        EXEC (N'CREATE SCHEMA app AUTHORIZATION dbo;');
    END;

IF SCHEMA_ID(N'bi') IS NULL
    BEGIN
        EXEC (N'CREATE SCHEMA bi AUTHORIZATION dbo;');
    END;

IF SCHEMA_ID(N'security') IS NULL
    BEGIN
        EXEC (N'CREATE SCHEMA security AUTHORIZATION dbo;');
    END;

IF SCHEMA_ID(N'stage') IS NULL
    BEGIN
        EXEC (N'CREATE SCHEMA stage AUTHORIZATION dbo;');
    END;
GO
