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
-- due_today and untouched come from core.open_lead_alerts, the rule the team page
-- (app.team_alerts) counts too. In that order, then by lead. Only the caller's own current assignments count.
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
        SELECT a.lead_id, a.assigned_at, a.assigned_by, l.company_name
        FROM core.lead_assignment AS a
        INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
        INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_open
        WHERE a.user_id = v_caller_id AND a.assigned_until IS NULL
    ),

    alert AS (
        -- due_today and untouched: the rule shared with the team page (app.team_alerts)
        SELECT f.kind_order, f.alert_kind, f.lead_id, f.company_name, f.since_at, f.due_on, f.days, f.detail
        FROM core.open_lead_alerts(v_caller_id, now()) AS f
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
