-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0101 (no language_code, no lead_capacity, no core.language).
ALTER TABLE core.app_user DROP COLUMN language_code, DROP COLUMN lead_capacity;
ALTER TABLE history.app_user DROP COLUMN language_code, DROP COLUMN lead_capacity;
DROP TABLE core.language CASCADE;
