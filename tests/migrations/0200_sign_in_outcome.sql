-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0200 (core.sign_in_event.outcome checked by a CHECK list, no
-- core.sign_in_outcome).
DROP TABLE core.sign_in_outcome CASCADE;
ALTER TABLE core.sign_in_event ADD CONSTRAINT ck_core_sign_in_event_outcome
CHECK (outcome IN ('signed_in', 'failed', 'locked_out'));
