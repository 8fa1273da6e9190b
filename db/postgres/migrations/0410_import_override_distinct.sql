-- Migration 0410: core.import_override records a second kind of override, 'distinct'
-- (a false match marked as a different company, app.mark_import_row_distinct),
-- beside 'release'. Brings a database deployed before it to the current shape; a
-- no-op on a fresh database (tables/import_override.sql declares the new check).
-- See db/CONTRACT.md, "Schema changes".
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_constraint
        WHERE
            conname = 'ck_core_import_override_action'
            AND connamespace = 'core'::regnamespace
            AND pg_catalog.pg_get_constraintdef(oid) LIKE '%distinct%'
    ) THEN
        ALTER TABLE core.import_override DROP CONSTRAINT IF EXISTS ck_core_import_override_action;
        ALTER TABLE core.import_override ADD CONSTRAINT ck_core_import_override_action
        CHECK (action IN ('release', 'distinct'));
    END IF;
END;
$$;
