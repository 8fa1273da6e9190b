-- core.log_command: one finished run of a bulk command in core.command_log, written
-- in one INSERT (twin of db/functions/log_command.sql).
--
-- Callers: app.route_leads and app.set_plz_mapping, at the end of a successful run.
-- A failed run is not kept on PostgreSQL: the error aborts the caller's whole
-- transaction, this row included, and PostgreSQL has no autonomous transaction
-- (db/CONTRACT.md, "Transactions" says which engine keeps what).
-- Example: SELECT core.log_command('app.route_leads', 'app.route_leads(p_dry_run => true)',
--              7, true, now(), 3);
DROP FUNCTION IF EXISTS core.log_command;
CREATE FUNCTION core.log_command(
    p_command_name VARCHAR,
    p_parameters TEXT,
    p_user_id INTEGER,
    p_dry_run BOOLEAN,
    p_started_at TIMESTAMPTZ,
    p_rows_affected INTEGER DEFAULT NULL,
    p_error_number INTEGER DEFAULT NULL,
    p_error_message TEXT DEFAULT NULL
)
RETURNS VOID
LANGUAGE sql
VOLATILE
AS $$
    INSERT INTO core.command_log (
        command_name, parameters, user_id, dry_run, started_at, ended_at,
        rows_affected, error_number, error_message
    )
    VALUES (
        p_command_name, p_parameters, p_user_id, p_dry_run, p_started_at, clock_timestamp(),
        p_rows_affected, p_error_number, p_error_message
    );
$$;
