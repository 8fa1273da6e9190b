-- PostgreSQL only: SQL Server keeps history with system-versioned temporal tables
-- (PERIOD FOR SYSTEM_TIME); here two triggers do the same for each temporal table.
--   core.stamp_valid_from  BEFORE INSERT OR UPDATE: the new version starts now.
--   core.keep_history      AFTER UPDATE OR DELETE: the old version, closed now, is
--                          copied to history.<same table name> (same columns).
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
BEGIN
    OLD.valid_to := now();
    EXECUTE format('INSERT INTO history.%I SELECT ($1).*', tg_table_name) USING OLD;
    RETURN NULL;
END
$$;

-- Attaches both triggers to core.<table>; called by each temporal table's file.
CREATE OR REPLACE FUNCTION core.make_temporal(p_table TEXT)
RETURNS VOID
LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format(
        'CREATE OR REPLACE TRIGGER stamp_valid_from BEFORE INSERT OR UPDATE ON core.%I '
        'FOR EACH ROW EXECUTE FUNCTION core.stamp_valid_from()', p_table
    );
    EXECUTE format(
        'CREATE OR REPLACE TRIGGER keep_history AFTER UPDATE OR DELETE ON core.%I '
        'FOR EACH ROW EXECUTE FUNCTION core.keep_history()', p_table
    );
END
$$;
