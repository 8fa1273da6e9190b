/*
core.log_command: one finished run of a bulk command in core.command_log, success
or failure, written in one INSERT from the caller's variables.

Why one row at the end: a failed run's work is rolled back, and a row written
before it would be rolled back with it. The callers (app.route_leads,
app.set_plz_mapping) therefore call this inside their transaction just before
COMMIT on success, and in their CATCH block after the ROLLBACK on failure (db/CONTRACT.md,
"Transactions"), so that a failed run is kept.
Parameters: the run's command name, replayable call, app user, dry-run flag,
start time; rows affected (success) or error number and message (failure).
Callers reach it by ownership chaining (both owned by dbo); nobody is granted it.
PostgreSQL twin: db/postgres/functions/log_command.sql.
Example:
    EXEC core.log_command @command_name = 'app.route_leads',
        @parameters = N'EXEC app.route_leads @dry_run = 1;', @user_id = 7,
        @dry_run = 1, @started_at = '2026-11-29T14:00:00', @rows_affected = 3;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE core.log_command
    @command_name VARCHAR(128),
    @parameters NVARCHAR(MAX),
    @user_id INT,
    @dry_run BIT,
    @started_at DATETIME2(3),
    @rows_affected INT = NULL,
    @error_number INT = NULL,
    @error_message NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT core.command_log (
        command_name, parameters, user_id, dry_run, started_at, ended_at,
        rows_affected, error_number, error_message
    )
    VALUES (
        @command_name, @parameters, @user_id, @dry_run, @started_at, SYSUTCDATETIME(),
        @rows_affected, @error_number, @error_message
    );
END;
GO
