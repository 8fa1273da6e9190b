/*
core.command_log: the bulk commands that were run, replayable (after Ola
Hallengren's CommandLog).

Written by app.set_plz_mapping and app.route_leads through core.log_command: one
row per finished run, dry runs included (dry_run = 1), failed runs too (written
after the rollback; db/CONTRACT.md, "Transactions"). parameters holds the call with every parameter, defaults
included, so it can be replayed. A finished run has ended_at and rows_affected;
a failed one error_number and error_message. user_id is the session's app user
(no foreign key: the log outlives what it names).
Not system-versioned: each row is written once.
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.command_log', N'U') IS NULL
    BEGIN
        CREATE TABLE core.command_log (
            command_log_id BIGINT IDENTITY (1, 1) NOT NULL,
            command_name VARCHAR(128) NOT NULL,
            parameters NVARCHAR(MAX) NOT NULL,
            user_id INT NULL,
            dry_run BIT NOT NULL CONSTRAINT df_core_command_log_dry_run DEFAULT (0),
            started_at DATETIME2(3) NOT NULL CONSTRAINT df_core_command_log_started_at DEFAULT (SYSUTCDATETIME()),
            ended_at DATETIME2(3) NULL,
            rows_affected INT NULL,
            error_number INT NULL,
            error_message NVARCHAR(4000) NULL,
            CONSTRAINT pk_core_command_log PRIMARY KEY CLUSTERED (command_log_id)
        );
    END;
GO

-- "The last runs of command X".
IF INDEXPROPERTY(OBJECT_ID(N'core.command_log'), N'ix_core_command_log_command_name_started_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_command_log_command_name_started_at
            ON core.command_log (command_name, started_at);
    END;
GO
