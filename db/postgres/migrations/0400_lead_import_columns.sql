-- 0400: core.lead and history.lead get delivered_at (business time: when the partner
-- delivered the lead; existing leads take created_at), import_batch_id and
-- no_advertising (UWG star entry). Columns go last in both tables, in the same order,
-- because core.keep_history copies rows by position. A no-op when present.
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
        -- The owner reaches every office's rows for the backfill: FORCE is lifted
        -- here and set again by security/office_policy.sql in the same deployment
        -- transaction. No new versions: the triggers stay out of a backfill.
        ALTER TABLE core.lead NO FORCE ROW LEVEL SECURITY;
        ALTER TABLE history.lead NO FORCE ROW LEVEL SECURITY;
        ALTER TABLE core.lead DISABLE TRIGGER USER;
        UPDATE core.lead SET delivered_at = created_at;
        ALTER TABLE core.lead ENABLE TRIGGER USER;
        UPDATE history.lead SET delivered_at = created_at;
        ALTER TABLE core.lead ALTER COLUMN delivered_at SET NOT NULL, ALTER COLUMN delivered_at SET DEFAULT NOW();
        ALTER TABLE history.lead ALTER COLUMN delivered_at SET NOT NULL;
    END IF;
END
$migration$;
