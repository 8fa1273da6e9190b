/*
core.app_user: the people who sign in to Leadbase (system-versioned).

login_name is unique and lower case, and compared byte-wise (binary collation,
as PostgreSQL's COLLATE "C"), whatever the database's collation. Databases deployed
before that are changed by db/migrations/0001_login_name_binary.sql. password_hash is an argon2id hash checked
by the web tier; NULL means the user cannot sign in with a password.
language_code (core.language) is the user's language on screen (NULL: the
browser's, else German); lead_capacity
is how many open leads a representative can carry (NULL = not set; the
next-best-lead work reads it). Both came after the first version: they are the
last columns (migration 0101).
Users are deactivated (is_active = 0), never deleted: history, assignments and
events keep pointing at them. last_edited_by names the app_user.user_id who made
the change (NULL for the system); like lead_assignment.assigned_by, it is an audit column
without a foreign key.
History: history.app_user.
Created only when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.app_user', N'U') IS NULL
    BEGIN
        CREATE TABLE history.app_user (
            user_id INT NOT NULL,
            login_name VARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL, -- noqa: CP02
            display_name NVARCHAR(200) NOT NULL,
            role_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            password_hash VARCHAR(200) NULL,
            is_active BIT NOT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL,
            language_code VARCHAR(2) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            lead_capacity SMALLINT NULL
        );

        CREATE CLUSTERED INDEX ix_history_app_user_valid_to_valid_from
            ON history.app_user (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.app_user (
            user_id INT IDENTITY (1, 1) NOT NULL,
            login_name VARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL, -- noqa: CP02
            display_name NVARCHAR(200) NOT NULL,
            role_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            password_hash VARCHAR(200) NULL,
            is_active BIT NOT NULL CONSTRAINT df_core_app_user_is_active DEFAULT (1),
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            language_code VARCHAR(2) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            lead_capacity SMALLINT NULL,
            CONSTRAINT pk_core_app_user PRIMARY KEY CLUSTERED (user_id),
            CONSTRAINT uq_core_app_user_login_name UNIQUE (login_name),
            CONSTRAINT ck_core_app_user_login_name
            CHECK (CAST(login_name AS VARBINARY(100)) = CAST(LOWER(login_name) AS VARBINARY(100))),
            -- The one list of roles; byte-wise like every code column.
            CONSTRAINT fk_core_app_user_role_code_core_role
            FOREIGN KEY (role_code) REFERENCES core.role (code),
            CONSTRAINT fk_core_app_user_language_code_core_language
            FOREIGN KEY (language_code) REFERENCES core.language (code),
            CONSTRAINT ck_core_app_user_lead_capacity CHECK (lead_capacity BETWEEN 0 AND 1000),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.app_user, DATA_CONSISTENCY_CHECK = ON));
    END;
GO
