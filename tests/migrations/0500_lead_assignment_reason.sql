-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0500 (no reason_code, no core.assignment_reason).
ALTER TABLE core.lead_assignment DROP COLUMN reason_code;
ALTER TABLE history.lead_assignment DROP COLUMN reason_code;
DROP TABLE core.assignment_reason CASCADE;
