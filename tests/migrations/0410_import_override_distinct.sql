-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0410 (core.import_override records releases only).
ALTER TABLE core.import_override DROP CONSTRAINT ck_core_import_override_action;
ALTER TABLE core.import_override ADD CONSTRAINT ck_core_import_override_action CHECK (action IN ('release'));
