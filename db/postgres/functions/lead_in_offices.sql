-- PostgreSQL only: core.lead_in_offices tells whether a lead is one of p_offices'.
--
-- Why: under row-level security the policy's InitPlan (security.caller_offices())
-- runs only when the scan finds a row, so a lead of another office took about
-- 0.1 ms longer to be "not found" than a missing one (bench/existence_timing.py).
-- The procedures that take a lead id ask this function first, with the caller's
-- offices, and answer "not found" before touching the table under RLS: a foreign and
-- a missing lead then cost the same. Owned by leadbase_search (BYPASSRLS, SELECT on
-- lead_id and office_id among few columns) like core.search_lead_ids, which can tell
-- the same; executable only by its owner and leadbase_owner (the app functions).
-- Every row is still read under RLS afterwards.
--
-- Parameters: p_offices (the caller's offices), p_lead_id.
DROP FUNCTION IF EXISTS core.lead_in_offices;
CREATE FUNCTION core.lead_in_offices(p_offices SMALLINT[], p_lead_id BIGINT)
RETURNS BOOLEAN
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM core.lead AS l
        WHERE l.lead_id = p_lead_id AND l.office_id = ANY (p_offices)
    );
$$;
ALTER FUNCTION core.lead_in_offices OWNER TO leadbase_search;
