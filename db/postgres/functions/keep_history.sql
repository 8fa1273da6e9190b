-- PostgreSQL only: SQL Server keeps history with system-versioned temporal tables
-- (PERIOD FOR SYSTEM_TIME); here triggers do the same for each temporal table.
--   core.stamp_valid_from  BEFORE INSERT OR UPDATE, per row: the new version starts now.
--   core.keep_history      AFTER UPDATE and AFTER DELETE, per statement: the old
--                          versions (transition table old_rows), closed now, are
--                          copied to history.<same table name> (same columns, by
--                          position) in one INSERT ... SELECT. Per statement like
--                          SQL Server's own history: a per-row trigger ran a dynamic
--                          INSERT for every row (a 10,000-row routing or refresh,
--                          10,000 statements).
-- now() is the transaction's start, as SQL Server uses the transaction's begin time.
CREATE OR REPLACE FUNCTION core.stamp_valid_from()
RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.valid_from := now();
    NEW.valid_to := 'infinity';
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION core.keep_history()
RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
DECLARE
    v_columns text;
BEGIN
    SELECT string_agg(CASE a.attname WHEN 'valid_to' THEN 'now()' ELSE format('o.%I', a.attname) END, ', '
        ORDER BY a.attnum)
    INTO v_columns
    FROM pg_catalog.pg_attribute AS a
    WHERE a.attrelid = tg_relid AND a.attnum > 0 AND NOT a.attisdropped;
    EXECUTE format('INSERT INTO history.%I SELECT %s FROM old_rows AS o', tg_table_name, v_columns);
    RETURN NULL;
END
$$;

-- Attaches the triggers to core.<table>; called by each temporal table's file.
-- PostgreSQL allows a transition table only on a trigger of one event: one trigger
-- for UPDATE, one for DELETE. Drops the per-row trigger of earlier deployments.
CREATE OR REPLACE FUNCTION core.make_temporal(p_table TEXT)
RETURNS VOID
LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format(
        'CREATE OR REPLACE TRIGGER stamp_valid_from BEFORE INSERT OR UPDATE ON core.%I '
        'FOR EACH ROW EXECUTE FUNCTION core.stamp_valid_from()', p_table
    );
    EXECUTE format('DROP TRIGGER IF EXISTS keep_history ON core.%I', p_table);
    EXECUTE format(
        'CREATE OR REPLACE TRIGGER keep_history_update AFTER UPDATE ON core.%I '
        'REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION core.keep_history()', p_table
    );
    EXECUTE format(
        'CREATE OR REPLACE TRIGGER keep_history_delete AFTER DELETE ON core.%I '
        'REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION core.keep_history()', p_table
    );
END
$$;
