-- Migration 0001: core.app_user.login_name compares byte-wise (COLLATE "C"), as on
-- SQL Server (Latin1_General_100_BIN2): the same answer for 'ADMIN' on both engines
-- whatever the database's locale. A no-op when the column already has it (a fresh
-- database: tables/app_user.sql creates it so); otherwise the current and the history
-- table change in the deployment's transaction and keep their rows (the unique index
-- is rebuilt by ALTER TYPE). See db/CONTRACT.md, "Schema changes".
DO $$
BEGIN
    IF EXISTS (
        SELECT 1
        FROM information_schema.columns AS c
        WHERE
            c.table_schema = 'core'
            AND c.table_name = 'app_user'
            AND c.column_name = 'login_name'
            AND c.collation_name IS DISTINCT FROM 'C'
    ) THEN
        ALTER TABLE core.app_user ALTER COLUMN login_name TYPE VARCHAR(100) COLLATE "C";
        ALTER TABLE history.app_user ALTER COLUMN login_name TYPE VARCHAR(100) COLLATE "C";
    END IF;
END
$$;
