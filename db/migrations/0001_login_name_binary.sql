/*
Migration 0001: core.app_user.login_name compared byte-wise
(COLLATE Latin1_General_100_BIN2), as on PostgreSQL (COLLATE "C").

Why: login names are identifiers. Under the database's collation (often
case- and accent-insensitive) their comparisons and order depended on the
server's settings; PostgreSQL compares them byte-wise. A binary column makes
every comparison exact and the order (app.list_users) the same on both engines,
and keeps the index seek (a COLLATE clause in each query would turn it into a
scan). Sign-in stays case-insensitive: app.get_user_credentials lower-cases the
name it is given, on both engines.

How (db/CONTRACT.md, "Schema changes"): a no-op when the column already has the
collation (a fresh database: tables/app_user.sql creates it so). Otherwise, in
the deployment's single transaction: system versioning off; the UNIQUE and CHECK
constraints and any column statistics on login_name dropped (ALTER COLUMN refuses
a collation change while an index, a CHECK constraint or statistics reference the
column); both the current and the history table altered; constraints re-added;
system versioning back on with the same history table. security.caller() and
core.user_office_codes, schema-bound to this table, were dropped by
security/drop_office_policy.sql and are recreated later in the manifest.
Microsoft docs: "ALTER TABLE (Transact-SQL)" (ALTER COLUMN ... COLLATE),
"Stop system-versioning on a system-versioned temporal table".
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF
    EXISTS (
        SELECT 1
        FROM sys.columns AS c
        WHERE
            c.object_id = OBJECT_ID(N'core.app_user')
            AND c.name = N'login_name'
            AND c.collation_name <> N'Latin1_General_100_BIN2'
    )
    BEGIN
        ALTER TABLE core.app_user SET (SYSTEM_VERSIONING = OFF);

        ALTER TABLE core.app_user DROP CONSTRAINT uq_core_app_user_login_name;
        ALTER TABLE core.app_user DROP CONSTRAINT ck_core_app_user_login_name;

        DECLARE @drop_statistics NVARCHAR(MAX) = N'';
        SELECT
            @drop_statistics = @drop_statistics
            + N'DROP STATISTICS ' + QUOTENAME(OBJECT_SCHEMA_NAME(s.object_id)) + N'.'
            + QUOTENAME(OBJECT_NAME(s.object_id)) + N'.' + QUOTENAME(s.name) + N';'
        FROM sys.stats AS s
        INNER JOIN sys.stats_columns AS sc ON s.object_id = sc.object_id AND s.stats_id = sc.stats_id
        INNER JOIN sys.columns AS c ON sc.object_id = c.object_id AND sc.column_id = c.column_id
        WHERE
            s.object_id IN (OBJECT_ID(N'core.app_user'), OBJECT_ID(N'history.app_user'))
            AND c.name = N'login_name'
            AND NOT EXISTS (
                SELECT 1 FROM sys.indexes AS i
                WHERE i.object_id = s.object_id AND i.index_id = s.stats_id
            );
        EXEC sys.sp_executesql @drop_statistics;

        ALTER TABLE core.app_user
        ALTER COLUMN login_name VARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL; -- noqa: CP02
        ALTER TABLE history.app_user
        ALTER COLUMN login_name VARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL; -- noqa: CP02

        ALTER TABLE core.app_user
        ADD CONSTRAINT uq_core_app_user_login_name UNIQUE (login_name);
        ALTER TABLE core.app_user
        ADD CONSTRAINT ck_core_app_user_login_name
        CHECK (CAST(login_name AS VARBINARY(100)) = CAST(LOWER(login_name) AS VARBINARY(100)));

        ALTER TABLE core.app_user
        SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.app_user, DATA_CONSISTENCY_CHECK = ON));
    END;
GO
