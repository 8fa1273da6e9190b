-- app.my_alerts: what needs the caller's attention on their home page, and the visit
-- recorded (the next call reports new assignments since this one).
--
-- Callers: the representative's home page; any user for their own assignments.
-- Parameters: none.
-- Result: alert_kind, lead_id, company_name, since_at, due_on, days, detail:
--   due_today       an open lead of the caller whose next step (of the latest event
--                   that set one) is dated today; due_on = today, detail = the step;
--   untouched       an open lead assigned to the caller at least N days ago with no
--                   event logged since (N: core.office_setting.untouched_alert_days of
--                   the lead's office); since_at = assigned_at, days = days since;
--   new_assignment  a lead a manager assigned to the caller since their previous
--                   visit (all current ones at the first visit; not their own claims);
--                   since_at = assigned_at, detail = who assigned it.
-- In that order, then by lead. Only the caller's own current assignments count.
-- Errors: LB401 no active user.
-- Example: SELECT * FROM app.my_alerts();
DROP FUNCTION IF EXISTS app.my_alerts;
CREATE FUNCTION app.my_alerts()
RETURNS TABLE (
    alert_kind VARCHAR,
    lead_id BIGINT,
    company_name VARCHAR,
    since_at TIMESTAMPTZ,
    due_on DATE,
    days INTEGER,
    detail VARCHAR
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_seen_at timestamptz;
    v_today date := (now() AT TIME ZONE 'UTC')::date;
BEGIN
    SELECT r.user_id INTO v_caller_id FROM security.require_caller() AS r;
    SELECT v.home_seen_at INTO v_seen_at FROM core.user_visit AS v WHERE v.user_id = v_caller_id;

    RETURN QUERY
    WITH mine AS (
        SELECT a.lead_id, a.office_id, a.assigned_at, a.assigned_by, a.reason_code, l.company_name
        FROM core.lead_assignment AS a
        INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
        INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_open
        WHERE a.user_id = v_caller_id AND a.assigned_until IS NULL
    ),

    alert AS (
        SELECT 1 AS kind_order, 'due_today'::varchar AS alert_kind, m.lead_id, m.company_name,
            NULL::timestamptz AS since_at, n.next_step_at AS due_on, 0 AS days, n.next_step AS detail
        FROM mine AS m
        CROSS JOIN LATERAL (
            SELECT e.next_step, e.next_step_at
            FROM core.lead_event AS e
            WHERE e.lead_id = m.lead_id AND (e.next_step IS NOT NULL OR e.next_step_at IS NOT NULL)
            ORDER BY e.event_at DESC, e.event_id DESC
            LIMIT 1
        ) AS n
        WHERE n.next_step_at = v_today
        UNION ALL
        SELECT 2, 'untouched', m.lead_id, m.company_name, m.assigned_at, NULL::date,
            (v_today - (m.assigned_at AT TIME ZONE 'UTC')::date)::integer, NULL::varchar
        FROM mine AS m
        INNER JOIN core.office_setting AS o ON m.office_id = o.office_id
        WHERE m.assigned_at <= now() - make_interval(days => o.untouched_alert_days)
            AND NOT EXISTS (
                SELECT 1 FROM core.lead_event AS e WHERE e.lead_id = m.lead_id AND e.event_at >= m.assigned_at
            )
        UNION ALL
        SELECT 3, 'new_assignment', m.lead_id, m.company_name, m.assigned_at, NULL::date,
            (v_today - (m.assigned_at AT TIME ZONE 'UTC')::date)::integer, u.display_name::varchar
        FROM mine AS m
        INNER JOIN core.app_user AS u ON m.assigned_by = u.user_id
        WHERE m.assigned_by <> v_caller_id AND (v_seen_at IS NULL OR m.assigned_at > v_seen_at)
    )

    SELECT a.alert_kind, a.lead_id, a.company_name, a.since_at, a.due_on, a.days, a.detail
    FROM alert AS a
    ORDER BY a.kind_order, a.lead_id;

    INSERT INTO core.user_visit AS v (user_id, home_seen_at)
    VALUES (v_caller_id, now())
    ON CONFLICT (user_id) DO UPDATE SET home_seen_at = excluded.home_seen_at;
END
$$;
