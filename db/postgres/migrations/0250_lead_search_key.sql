-- 0250: core.lead gets its stored search key, and every lead index leads with
-- office_id (issue 6: search recheck without unaccent() per row; issue 8: a caller's
-- cost does not depend on other offices' rows). A no-op on a fresh database.
-- The new indexes come from tables/lead.sql, tables/lead_assignment.sql and
-- seed/020_lead_search_indexes.sql; this file adds the column and drops what they
-- replace.
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_attribute
        WHERE attrelid = 'core.lead'::regclass AND attname = 'search_key' AND NOT attisdropped
    ) THEN
        ALTER TABLE core.lead
        ADD COLUMN search_key TEXT GENERATED ALWAYS AS (core.search_key(company_name || ' ' || ort)) STORED;
    END IF;
    -- history.lead has the same columns in the same order (core.keep_history copies
    -- whole rows), the key as a plain column. Computed once for the versions already
    -- there (an ALTER TABLE rewrite, which row-level security does not filter), then
    -- left to the copies.
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_attribute
        WHERE attrelid = 'history.lead'::regclass AND attname = 'search_key' AND NOT attisdropped
    ) THEN
        ALTER TABLE history.lead
        ADD COLUMN search_key TEXT GENERATED ALWAYS AS (core.search_key(company_name || ' ' || ort)) STORED;
        ALTER TABLE history.lead ALTER COLUMN search_key DROP EXPRESSION;
    END IF;
END
$$;

DROP INDEX IF EXISTS core.ix_core_lead_office_id_search_key;
DROP INDEX IF EXISTS core.ix_core_lead_score;
DROP INDEX IF EXISTS core.ix_core_lead_status_branche_score;
-- A user's current assignments: now (office_id, user_id, lead_id), tables/lead_assignment.sql.
DROP INDEX IF EXISTS core.ix_core_lead_assignment_user_id;
