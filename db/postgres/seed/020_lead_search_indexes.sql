-- PostgreSQL only: SQL Server searches through core.lead_search_gram, whose key
-- leads with office_id.
-- One trigram index on the stored search key per office (partial, WHERE office_id =
-- that office), made for every office that has none. One index per office keeps a
-- search's cost independent of other offices' names: a GIN index over all offices
-- reads every office's entries for the term's trigrams. core.search_lead_ids names
-- the office as a literal so that the planner can use the office's index.
-- A new office needs this file run again (a deploy does it).
DO $$
DECLARE
    v_office_id SMALLINT;
BEGIN
    FOR v_office_id IN SELECT o.office_id FROM core.office AS o ORDER BY o.office_id LOOP
        EXECUTE format(
            'CREATE INDEX IF NOT EXISTS %I ON core.lead USING gin (search_key core.gin_trgm_ops)'
            ' WHERE office_id = %s',
            'ix_core_lead_search_key_office_' || v_office_id, v_office_id
        );
    END LOOP;
END
$$;
