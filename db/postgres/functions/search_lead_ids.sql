-- PostgreSQL only: SQL Server's LIKE under its security policy has no such limit.
-- core.search_lead_ids: the ids of the leads of p_offices whose company name or Ort
-- contains the search pattern, found through the trigram index.
--
-- Why a separate function: under row-level security a LIKE, not being LEAKPROOF, is
-- evaluated only after the policy and cannot use the trigram index (shared/findings.md:
-- 1.2 ms became 74-106 ms). This function is owned by leadbase_search, a NOLOGIN role
-- that bypasses RLS but may read only lead_id, office_id, company_name and ort; it
-- applies the offices it is given. app.list_leads passes the caller's offices and then
-- reads the ids back from core.lead under RLS, so a bug here cannot leak a row.
-- Executable only by its owner and leadbase_owner (the app functions), not by clients.
--
-- Parameters: p_offices (the caller's offices), p_pattern (a LIKE pattern over
-- core.search_key(company_name || ' ' || ort), e.g. '%holz%').
DROP FUNCTION IF EXISTS core.search_lead_ids;
CREATE FUNCTION core.search_lead_ids(p_offices SMALLINT[], p_pattern TEXT)
RETURNS TABLE (lead_id BIGINT)
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT l.lead_id
    FROM core.lead AS l
    WHERE
        core.search_key(l.company_name || ' ' || l.ort) LIKE p_pattern
        AND l.office_id = ANY (p_offices);
$$;
ALTER FUNCTION core.search_lead_ids OWNER TO leadbase_search;
