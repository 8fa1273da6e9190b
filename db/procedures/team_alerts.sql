/*
app.team_alerts: per representative of the caller's offices, how many open leads they
hold and how many of them raise the alerts of their home page (app.my_alerts), for the
manager's team page: the same rule, core.open_lead_alerts, counted.

Callers: managers and admins (web tier: the team page; DBAs).
Parameters:
    @office_code  VARCHAR(20)  one of the caller's offices; default NULL = all of them.
                               Another office's code, or an unknown one, gives no rows.
Result (one row per representative, by display_name, then user_id): user_id INT,
    display_name NVARCHAR(200), office_code VARCHAR(20), is_active BIT,
    open_lead_count INT (current assignments of open leads), untouched_count INT,
    due_today_count INT. Active representatives, and inactive ones who still hold open
    leads (to be handed over with app.assign_leads @from_user_id).
Errors:
    50401  'No active user is signed in.'
    50403  'Only managers and admins may see the team''s alerts.'
PostgreSQL twin: db/postgres/procedures/team_alerts.sql.
Example:
    EXEC app.team_alerts @office_code = 'luzern';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.team_alerts
    @office_code VARCHAR(20) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();

    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may see the team''s alerts.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    WITH representative AS (
        SELECT
            u.user_id,
            u.display_name,
            u.is_active,
            o.office_code
        FROM core.app_user AS u
        INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
        INNER JOIN core.office AS o ON uo.office_id = o.office_id
        INNER JOIN security.caller_offices() AS co ON uo.office_id = co.office_id
        WHERE
            u.role_code = 'representative'
            AND (@office_code IS NULL OR o.office_code = @office_code)
    ),

    held AS (
        SELECT
            a.user_id,
            COUNT(*) AS open_lead_count
        FROM core.lead_assignment AS a
        INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
        INNER JOIN core.lead_status AS s ON l.status = s.code
        WHERE
            a.assigned_until IS NULL
            AND s.is_open = 1
        GROUP BY a.user_id
    ),

    alert AS (
        SELECT
            f.user_id,
            SUM(CASE WHEN f.alert_kind = 'untouched' THEN 1 ELSE 0 END) AS untouched_count,
            SUM(CASE WHEN f.alert_kind = 'due_today' THEN 1 ELSE 0 END) AS due_today_count
        FROM core.open_lead_alerts(NULL, @now) AS f
        GROUP BY f.user_id
    )

    SELECT
        r.user_id,
        r.display_name,
        r.office_code,
        r.is_active,
        COALESCE(h.open_lead_count, 0) AS open_lead_count,
        COALESCE(a.untouched_count, 0) AS untouched_count,
        COALESCE(a.due_today_count, 0) AS due_today_count
    FROM representative AS r
    LEFT JOIN held AS h ON r.user_id = h.user_id
    LEFT JOIN alert AS a ON r.user_id = a.user_id
    WHERE
        r.is_active = 1
        OR h.open_lead_count > 0
    ORDER BY r.display_name, r.user_id;
END;
GO
