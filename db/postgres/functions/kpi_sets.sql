-- The three row sets the KPIs are computed from, as the database knew them at an
-- instant (system time: current rows that had begun by then, plus history versions
-- valid then). Row-level security applies to core and history alike; p_offices
-- repeats the caller's offices only to inform the planner (db/CONTRACT.md, "KPIs").
-- Called by app.get_kpis; the T-SQL twins (db/functions/kpi_sets.sql) read FOR
-- SYSTEM_TIME AS OF.
-- No SET search_path (every name is qualified; the callers pin theirs), so that the
-- planner inlines them into app.get_kpis' query.
-- Example: SELECT * FROM core.kpi_leads_as_of(now(), ARRAY[1]::smallint[]);

-- Each lead: its office, status and delivery (business time) at p_as_of.
CREATE OR REPLACE FUNCTION core.kpi_leads_as_of(p_as_of TIMESTAMPTZ, p_offices SMALLINT[])
RETURNS TABLE (lead_id BIGINT, office_id SMALLINT, status VARCHAR, delivered_at TIMESTAMPTZ)
LANGUAGE sql
STABLE
AS $$
    SELECT l.lead_id, l.office_id, l.status, l.delivered_at
    FROM core.lead AS l
    WHERE l.office_id = ANY (p_offices) AND l.valid_from <= p_as_of
    UNION ALL
    SELECT h.lead_id, h.office_id, h.status, h.delivered_at
    FROM history.lead AS h
    WHERE h.office_id = ANY (p_offices) AND h.valid_to > p_as_of AND h.valid_from <= p_as_of;
$$;

-- Each lead's current assignment at p_as_of (assigned_until NULL in the version valid then).
CREATE OR REPLACE FUNCTION core.kpi_assignments_as_of(p_as_of TIMESTAMPTZ, p_offices SMALLINT[])
RETURNS TABLE (lead_id BIGINT, user_id INTEGER)
LANGUAGE sql
STABLE
AS $$
    SELECT a.lead_id, a.user_id
    FROM core.lead_assignment AS a
    WHERE a.office_id = ANY (p_offices) AND a.assigned_until IS NULL AND a.valid_from <= p_as_of
    UNION ALL
    SELECT h.lead_id, h.user_id
    FROM history.lead_assignment AS h
    WHERE
        h.office_id = ANY (p_offices) AND h.assigned_until IS NULL
        AND h.valid_to > p_as_of AND h.valid_from <= p_as_of;
$$;

-- Every event recorded by p_as_of (event_at is business time: when it happened).
CREATE OR REPLACE FUNCTION core.kpi_events_as_of(p_as_of TIMESTAMPTZ, p_offices SMALLINT[])
RETURNS TABLE (
    event_id BIGINT, lead_id BIGINT, office_id SMALLINT, user_id INTEGER, event_at TIMESTAMPTZ,
    event_type VARCHAR, new_status VARCHAR
)
LANGUAGE sql
STABLE
AS $$
    SELECT e.event_id, e.lead_id, e.office_id, e.user_id, e.event_at, e.event_type, e.new_status
    FROM core.lead_event AS e
    WHERE e.office_id = ANY (p_offices) AND e.valid_from <= p_as_of
    UNION ALL
    SELECT h.event_id, h.lead_id, h.office_id, h.user_id, h.event_at, h.event_type, h.new_status
    FROM history.lead_event AS h
    WHERE h.office_id = ANY (p_offices) AND h.valid_to > p_as_of AND h.valid_from <= p_as_of;
$$;
