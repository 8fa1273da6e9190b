-- 0400_lead_import_columns.sql: core.lead and history.lead get delivered_at (business
-- time: when the partner delivered the lead; existing leads and their versions take
-- created_at), import_batch_id and no_advertising (UWG star entry). The columns go
-- last in both tables, in the same order (core.keep_history copies by position). A
-- no-op on a fresh database. It runs as the deploying superuser, as migration 0100
-- does: row-level security is forced on the owner and would hide the rows to backfill.
-- The backfill writes no new versions (user triggers are off meanwhile).
RESET ROLE;
DO $migration$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM information_schema.columns
        WHERE table_schema = 'core' AND table_name = 'lead' AND column_name = 'delivered_at'
    ) THEN
        ALTER TABLE core.lead
        ADD COLUMN delivered_at TIMESTAMPTZ,
        ADD COLUMN import_batch_id BIGINT,
        ADD COLUMN no_advertising BOOLEAN NOT NULL DEFAULT FALSE;
        ALTER TABLE history.lead
        ADD COLUMN delivered_at TIMESTAMPTZ,
        ADD COLUMN import_batch_id BIGINT,
        ADD COLUMN no_advertising BOOLEAN NOT NULL DEFAULT FALSE;
        ALTER TABLE core.lead DISABLE TRIGGER USER;
        UPDATE core.lead SET delivered_at = created_at;
        ALTER TABLE core.lead ENABLE TRIGGER USER;
        UPDATE history.lead SET delivered_at = created_at;
        ALTER TABLE core.lead ALTER COLUMN delivered_at SET NOT NULL, ALTER COLUMN delivered_at SET DEFAULT NOW();
        ALTER TABLE history.lead ALTER COLUMN delivered_at SET NOT NULL;
    END IF;
END
$migration$;
SET ROLE leadbase_owner;
