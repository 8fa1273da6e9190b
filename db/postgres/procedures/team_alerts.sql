-- app.team_alerts: per representative of the caller's offices, how many open leads
-- they hold and how many of them raise the alerts of their home page (app.my_alerts),
-- for the manager's team page: the same rule, core.open_lead_alerts, counted.
--
-- Callers: managers and admins (web tier: the team page; DBAs).
-- Parameters: p_office_code (NULL = all the caller's offices; another office's code or
-- an unknown one gives no rows).
-- Result, one row per representative by display_name, then user_id: user_id,
-- display_name, office_code, is_active, open_lead_count (current assignments of open
-- leads), untouched_count, due_today_count. Active representatives, and inactive ones
-- who still hold open leads (to be handed over with app.assign_leads p_from_user_id).
-- Errors: LB401 no active user; LB403 not a manager or admin.
-- Example: SELECT * FROM app.team_alerts(p_office_code => 'luzern');
DROP FUNCTION IF EXISTS app.team_alerts;
CREATE FUNCTION app.team_alerts(p_office_code VARCHAR DEFAULT NULL)
RETURNS TABLE (
    user_id INTEGER,
    display_name VARCHAR,
    office_code VARCHAR,
    is_active BOOLEAN,
    open_lead_count INTEGER,
    untouched_count INTEGER,
    due_today_count INTEGER
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_offices smallint[];
BEGIN
    SELECT r.user_id INTO v_caller_id
    FROM security.require_caller(ARRAY['manager', 'admin'], 'Only managers and admins may see the team''s alerts.') AS r;
    v_offices := security.caller_offices();

    RETURN QUERY
    WITH representative AS (
        SELECT u.user_id, u.display_name, u.is_active, o.office_code
        FROM core.app_user AS u
        INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
        INNER JOIN core.office AS o ON uo.office_id = o.office_id
        WHERE
            u.role_code = 'representative' AND uo.office_id = ANY (v_offices)
            AND (p_office_code IS NULL OR o.office_code = p_office_code)
    ),

    held AS (
        SELECT a.user_id, count(*)::integer AS open_lead_count
        FROM core.lead_assignment AS a
        INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
        INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_open
        WHERE a.assigned_until IS NULL AND a.office_id = ANY (v_offices)
        GROUP BY a.user_id
    ),

    alert AS (
        SELECT
            f.user_id,
            count(*) FILTER (WHERE f.alert_kind = 'untouched')::integer AS untouched_count,
            count(*) FILTER (WHERE f.alert_kind = 'due_today')::integer AS due_today_count
        FROM core.open_lead_alerts(NULL, now()) AS f
        GROUP BY f.user_id
    )

    SELECT
        r.user_id, r.display_name::varchar, r.office_code::varchar, r.is_active,
        coalesce(h.open_lead_count, 0), coalesce(a.untouched_count, 0), coalesce(a.due_today_count, 0)
    FROM representative AS r
    LEFT JOIN held AS h ON r.user_id = h.user_id
    LEFT JOIN alert AS a ON r.user_id = a.user_id
    WHERE r.is_active OR h.open_lead_count > 0
    ORDER BY r.display_name, r.user_id;
END
$$;
