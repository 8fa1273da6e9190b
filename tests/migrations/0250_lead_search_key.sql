-- For tests/test_migrations.py only: takes a deployed database back to the shape
-- before migration 0250: no stored search key (the search indexed an expression over
-- all offices), indexes for managers that did not lead with office_id, and a user's
-- current assignments indexed by user_id.
SET ROLE leadbase_owner;
DO $$
DECLARE
    v_index TEXT;
BEGIN
    FOR v_index IN
        SELECT indexname FROM pg_indexes WHERE schemaname = 'core' AND indexname LIKE 'ix_core_lead_search_key_office_%'
    LOOP
        EXECUTE format('DROP INDEX core.%I', v_index);
    END LOOP;
END
$$;
DROP INDEX core.ix_core_lead_office_id_plz;
DROP INDEX core.ix_core_lead_assignment_office_id_user_id;
ALTER TABLE core.lead DROP COLUMN search_key;
ALTER TABLE history.lead DROP COLUMN search_key;
CREATE INDEX ix_core_lead_office_id_search_key
ON core.lead USING gin (office_id, core.search_key(company_name || ' ' || ort) core.gin_trgm_ops);
CREATE INDEX ix_core_lead_score ON core.lead (score DESC, lead_id DESC);
CREATE INDEX ix_core_lead_status_branche_score ON core.lead (status, branche, score DESC, lead_id DESC);
CREATE INDEX ix_core_lead_assignment_user_id ON core.lead_assignment (user_id) WHERE assigned_until IS NULL;
RESET ROLE;
