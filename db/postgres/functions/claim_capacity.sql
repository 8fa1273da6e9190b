-- core.claim_capacity(user_id, count_open): a representative's office, open leads and capacity: the one
-- definition of "open" for app.next_best_leads and app.claim_next_lead.
-- open_lead_count: current assignments of leads whose status is open
-- (core.lead_status.is_open); lead_capacity NULL = not set (no limit). With
-- p_count_open false the leads are counted only when a capacity is set (NULL
-- otherwise): a ranking needs the count only to compare it with the capacity, and a
-- representative can hold thousands of current assignments of closed leads.
-- One row for an active representative (they have exactly one office), else none.
-- Runs with the rights of the calling app function (leadbase_owner): RLS applies.
-- T-SQL twin: db/functions/claim_capacity.sql.
DROP FUNCTION IF EXISTS core.claim_capacity;
CREATE FUNCTION core.claim_capacity(p_user_id INTEGER, p_count_open BOOLEAN)
RETURNS TABLE (office_id SMALLINT, open_lead_count INTEGER, lead_capacity SMALLINT)
LANGUAGE sql
STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT
        uo.office_id,
        CASE WHEN p_count_open OR u.lead_capacity IS NOT NULL THEN (
            SELECT count(*)::integer
            FROM core.lead_assignment AS a
            INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
            INNER JOIN core.lead_status AS s ON l.status = s.code
            WHERE a.user_id = p_user_id AND a.assigned_until IS NULL AND s.is_open
        ) END AS open_lead_count,
        u.lead_capacity
    FROM core.app_user AS u
    INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
    WHERE u.user_id = p_user_id AND u.is_active AND u.role_code = 'representative';
$$;
