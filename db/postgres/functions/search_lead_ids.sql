-- PostgreSQL only: SQL Server's LIKE under its security policy has no such limit.
-- core.search_lead_ids: the ids of the leads of p_offices whose stored search key
-- (core.lead.search_key: company name and Ort, lower case, accents removed) matches
-- the LIKE pattern, found through the office's own trigram index.
--
-- Why a separate function: under row-level security a LIKE, not being LEAKPROOF, is
-- evaluated only after the policy and cannot use the trigram index (shared/findings.md:
-- 1.2 ms became 74-106 ms). This function is owned by leadbase_search, a NOLOGIN role
-- that bypasses RLS but may read only lead_id, office_id and search_key; it applies
-- the offices it is given. app.list_leads passes the caller's offices and then reads
-- the ids back from core.lead under RLS, so a bug here cannot leak a row.
-- Each office is searched on its own, with the office as a literal in the query, so
-- that the planner uses that office's partial index (seed/020_lead_search_indexes.sql)
-- and other offices' entries are never read: the cost does not depend on them.
-- Executable only by its owner and leadbase_owner (the app functions), not by clients.
--
-- Parameters: p_offices (the caller's offices), p_pattern (a LIKE pattern over the
-- search key, e.g. '%holz%').
DROP FUNCTION IF EXISTS core.search_lead_ids;
CREATE FUNCTION core.search_lead_ids(p_offices SMALLINT[], p_pattern TEXT)
RETURNS TABLE (lead_id BIGINT)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_office_id SMALLINT;
BEGIN
    FOREACH v_office_id IN ARRAY p_offices LOOP
        RETURN QUERY EXECUTE format(
            'SELECT l.lead_id FROM core.lead AS l WHERE l.office_id = %s AND l.search_key LIKE $1',
            v_office_id
        ) USING p_pattern;
    END LOOP;
END
$$;
ALTER FUNCTION core.search_lead_ids OWNER TO leadbase_search;
