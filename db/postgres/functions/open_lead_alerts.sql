-- core.open_lead_alerts(user_id, as_of): the alerts of open leads, the one definition
-- behind a representative's home page (app.my_alerts) and the team page of their
-- manager (app.team_alerts):
--   due_today  an open lead whose current next step (core.latest_next_step: the
--              latest event that set one) is dated today (the UTC date of as_of);
--              due_on = that day, detail = the step;
--   untouched  an open lead assigned at least N days before as_of with no event logged
--              since (N: core.office_setting.untouched_alert_days of the lead's office);
--              since_at = assigned_at, days = whole days since.
-- Only current assignments of leads with an open status (core.lead_status.is_open).
-- p_user_id: the representative; NULL = every representative whose leads the caller
-- can see. Runs with the rights of the calling app function (leadbase_owner): RLS applies.
-- Columns: user_id, kind_order (1 due_today, 2 untouched), alert_kind, lead_id,
-- company_name, since_at, due_on, days, detail.
-- T-SQL twin: db/functions/open_lead_alerts.sql.
DROP FUNCTION IF EXISTS core.open_lead_alerts;
CREATE FUNCTION core.open_lead_alerts(p_user_id INTEGER, p_as_of TIMESTAMPTZ)
RETURNS TABLE (
    user_id INTEGER,
    kind_order INTEGER,
    alert_kind VARCHAR,
    lead_id BIGINT,
    company_name VARCHAR,
    since_at TIMESTAMPTZ,
    due_on DATE,
    days INTEGER,
    detail VARCHAR
)
LANGUAGE sql
STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH mine AS (
        SELECT a.user_id, a.lead_id, a.office_id, a.assigned_at, l.company_name
        FROM core.lead_assignment AS a
        INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
        INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_open
        WHERE (p_user_id IS NULL OR a.user_id = p_user_id) AND a.assigned_until IS NULL
    )

    SELECT
        m.user_id, 1, 'due_today'::varchar, m.lead_id, m.company_name::varchar, NULL::timestamptz,
        n.next_step_at, 0, n.next_step::varchar
    FROM mine AS m
    CROSS JOIN LATERAL core.latest_next_step(m.lead_id) AS n
    WHERE n.next_step_at = (p_as_of AT TIME ZONE 'UTC')::date
    UNION ALL
    SELECT
        m.user_id, 2, 'untouched', m.lead_id, m.company_name, m.assigned_at, NULL::date,
        ((p_as_of AT TIME ZONE 'UTC')::date - (m.assigned_at AT TIME ZONE 'UTC')::date)::integer, NULL::varchar
    FROM mine AS m
    INNER JOIN core.office_setting AS o ON m.office_id = o.office_id
    WHERE
        m.assigned_at <= p_as_of - make_interval(days => o.untouched_alert_days)
        AND NOT EXISTS (
            SELECT 1 FROM core.lead_event AS e WHERE e.lead_id = m.lead_id AND e.event_at >= m.assigned_at
        );
$$;
