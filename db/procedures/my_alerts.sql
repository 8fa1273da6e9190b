/*
app.my_alerts: what needs the caller's attention on their home page, and the visit
recorded (the next call reports new assignments since this one).

Callers: the representative's home page; any user for their own assignments.
Parameters: none.
Result: alert_kind VARCHAR(20), lead_id BIGINT, company_name NVARCHAR(200),
    since_at DATETIME2(3), due_on DATE, days INT, detail NVARCHAR(500):
    due_today       an open lead of the caller whose next step (of the latest event
                    that set one) is dated today; due_on = today, detail = the step;
    untouched       an open lead assigned to the caller at least N days ago with no
                    event logged since (N: core.office_setting.untouched_alert_days of
                    the lead's office); since_at = assigned_at, days = days since;
    new_assignment  a lead a manager assigned to the caller since their previous
                    visit (all current ones at the first visit; not their own claims);
                    since_at = assigned_at, detail = who assigned it.
due_today and untouched come from core.open_lead_alerts, the rule the team page
(app.team_alerts) counts too. In that order, then by lead. Only the caller's own current assignments count.
Errors:
    50401  'No active user is signed in.'
PostgreSQL twin: db/postgres/procedures/my_alerts.sql.
Example:
    EXEC app.my_alerts;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.my_alerts
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @today DATE = CAST(SYSUTCDATETIME() AS DATE);
    DECLARE @seen_at DATETIME2(3);

    EXEC security.require_caller
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SELECT @seen_at = v.home_seen_at
    FROM core.user_visit AS v
    WHERE v.user_id = @caller_id;

    WITH mine AS (
        SELECT
            a.lead_id,
            a.assigned_at,
            a.assigned_by,
            l.company_name
        FROM core.lead_assignment AS a
        INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
        INNER JOIN core.lead_status AS s ON l.status = s.code
        WHERE
            a.user_id = @caller_id
            AND a.assigned_until IS NULL
            AND s.is_open = 1
    ),

    alert AS (
        -- due_today and untouched: the rule shared with the team page (app.team_alerts)
        SELECT
            f.kind_order,
            f.alert_kind,
            f.lead_id,
            f.company_name,
            f.since_at,
            f.due_on,
            f.days,
            f.detail
        FROM core.open_lead_alerts(@caller_id, @now) AS f
        UNION ALL
        SELECT
            3 AS kind_order,
            'new_assignment' AS alert_kind,
            m.lead_id,
            m.company_name,
            m.assigned_at AS since_at,
            CAST(NULL AS DATE) AS due_on,
            DATEDIFF(DAY, m.assigned_at, @today) AS days,
            CAST(u.display_name AS NVARCHAR(500)) AS detail
        FROM mine AS m
        INNER JOIN core.app_user AS u ON m.assigned_by = u.user_id
        WHERE
            m.assigned_by <> @caller_id
            AND (@seen_at IS NULL OR m.assigned_at > @seen_at)
    )

    SELECT
        a.alert_kind,
        a.lead_id,
        a.company_name,
        a.since_at,
        a.due_on,
        a.days,
        a.detail
    FROM alert AS a
    ORDER BY a.kind_order, a.lead_id;

    -- The visit, recorded after the answer was read.
    UPDATE core.user_visit
    SET home_seen_at = @now
    WHERE user_id = @caller_id;

    IF @@ROWCOUNT = 0
        BEGIN
            INSERT core.user_visit (user_id, home_seen_at)
            VALUES (@caller_id, @now);
        END;
END;
GO
