-- 0101_app_user_language_capacity.sql: core.app_user gets language_code (the user's
-- language on screen, core.language; NULL = the browser's, else German) and lead_capacity (how many open
-- leads a representative can carry; NULL = not set). Brings a database deployed
-- before them to the current shape, keeping its data; a no-op on a fresh database.
-- New columns go last on core.app_user and history.app_user alike (history rows are
-- copied by column position); existing users get NULL.
ALTER TABLE core.app_user
ADD COLUMN IF NOT EXISTS language_code VARCHAR(2),
ADD COLUMN IF NOT EXISTS lead_capacity SMALLINT;
ALTER TABLE history.app_user
ADD COLUMN IF NOT EXISTS language_code VARCHAR(2),
ADD COLUMN IF NOT EXISTS lead_capacity SMALLINT;

DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_constraint
        WHERE conname = 'fk_core_app_user_language_code_core_language' AND connamespace = 'core'::regnamespace
    ) THEN
        ALTER TABLE core.app_user ADD CONSTRAINT fk_core_app_user_language_code_core_language
        FOREIGN KEY (language_code) REFERENCES core.language (code);
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_constraint
        WHERE conname = 'ck_core_app_user_lead_capacity' AND connamespace = 'core'::regnamespace
    ) THEN
        ALTER TABLE core.app_user ADD CONSTRAINT ck_core_app_user_lead_capacity
        CHECK (lead_capacity BETWEEN 0 AND 1000);
    END IF;
END;
$$;
