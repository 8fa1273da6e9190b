/*
0101_app_user_language_capacity.sql: core.app_user gets language_code (the
user's language on screen, core.language; NULL = the browser's, else German) and
lead_capacity (how many open leads a representative can carry; NULL = not set).

Brings a database deployed before them to the current shape, keeping its data;
a no-op on a fresh database (tables/app_user.sql creates both columns).
core.app_user is temporal: versioning off, the same columns on core.app_user and
history.app_user (NULL for existing users and their history), versioning on
again with the same history table. Statements that name the new columns run
through sp_executesql, so the batch compiles before the columns exist.
Runs inside the deployment's single transaction.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

SET NOCOUNT ON;
SET XACT_ABORT ON;

IF
    NOT EXISTS (
        SELECT 1
        FROM sys.columns AS c
        WHERE
            c.object_id = OBJECT_ID(N'core.app_user')
            AND c.name = N'language_code'
    )
    BEGIN
        ALTER TABLE core.app_user SET (SYSTEM_VERSIONING = OFF);

        ALTER TABLE core.app_user ADD
        language_code VARCHAR(2) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
        lead_capacity SMALLINT NULL;
        ALTER TABLE history.app_user ADD
        language_code VARCHAR(2) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
        lead_capacity SMALLINT NULL;

        EXEC sys.sp_executesql
            N'ALTER TABLE core.app_user ADD CONSTRAINT fk_core_app_user_language_code_core_language
            FOREIGN KEY (language_code) REFERENCES core.language (code);';
        EXEC sys.sp_executesql
            N'ALTER TABLE core.app_user ADD CONSTRAINT ck_core_app_user_lead_capacity
            CHECK (lead_capacity BETWEEN 0 AND 1000);';

        ALTER TABLE core.app_user SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.app_user, DATA_CONSISTENCY_CHECK = ON)
        );
    END;
GO
