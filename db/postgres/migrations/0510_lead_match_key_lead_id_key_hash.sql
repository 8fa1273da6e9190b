-- 0510_lead_match_key_lead_id_key_hash.sql: core.lead_match_key's index on lead_id
-- becomes (lead_id, key_hash), so that the next best lead checks a lead's keys
-- against core.suppression from the index alone. Brings a database deployed before it
-- to the current shape; a no-op on a fresh database (tables/lead_match_key.sql
-- creates the new index, and the old one never existed there).
CREATE INDEX IF NOT EXISTS ix_core_lead_match_key_lead_id_key_hash ON core.lead_match_key (lead_id, key_hash);
DROP INDEX IF EXISTS core.ix_core_lead_match_key_lead_id;
