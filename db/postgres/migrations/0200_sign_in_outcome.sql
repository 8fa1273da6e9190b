-- Migration 0200: core.sign_in_event.outcome refers to the lookup table
-- core.sign_in_outcome (one list per coded value) instead of a CHECK list. Brings a
-- database deployed before it to the current shape; a no-op on a fresh database
-- (tables/sign_in_event.sql declares the foreign key). core.sign_in_event holds no
-- office data, so no row-level security hides rows from the validation.
-- See db/CONTRACT.md, "Schema changes".
ALTER TABLE core.sign_in_event DROP CONSTRAINT IF EXISTS ck_core_sign_in_event_outcome;

DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_constraint
        WHERE
            conname = 'fk_core_sign_in_event_outcome_core_sign_in_outcome'
            AND connamespace = 'core'::regnamespace
    ) THEN
        ALTER TABLE core.sign_in_event ADD CONSTRAINT fk_core_sign_in_event_outcome_core_sign_in_outcome
        FOREIGN KEY (outcome) REFERENCES core.sign_in_outcome (code);
    END IF;
END;
$$;
