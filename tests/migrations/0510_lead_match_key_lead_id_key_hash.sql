-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0510 (core.lead_match_key indexed on lead_id alone).
SET ROLE leadbase_owner;
DROP INDEX IF EXISTS core.ix_core_lead_match_key_lead_id_key_hash;
CREATE INDEX ix_core_lead_match_key_lead_id ON core.lead_match_key (lead_id);
RESET ROLE;
