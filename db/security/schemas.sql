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

First, as this is the first file of db/manifest.txt: the database must be at
compatibility level 130 or higher. Below 130 SQL Server cannot find OPENJSON
(core.office_for_plz, app.set_plz_mapping) nor STRING_SPLIT (app.save_user),
and the deployment would stop half-way with an obscure error (or a procedure
would fail when called). Stop here with a clear one instead. Raise it with
    ALTER DATABASE CURRENT SET COMPATIBILITY_LEVEL = 150;
(ALTER DATABASE cannot run inside the deployment's transaction).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF (
    SELECT d.compatibility_level
    FROM sys.databases AS d
    WHERE d.database_id = DB_ID()
) < 130
    BEGIN
        THROW 50000,
        N'Leadbase needs database compatibility level 130 or higher (OPENJSON, STRING_SPLIT).',
        1;
    END;
GO

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
