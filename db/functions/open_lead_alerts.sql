/*
core.open_lead_alerts(@user_id, @as_of): the alerts of open leads, the one definition
behind a representative's home page (app.my_alerts) and the team page of their
manager (app.team_alerts):
    due_today  an open lead whose current next step (core.latest_next_step: the
               latest event that set one) is dated today (the UTC date of @as_of);
               due_on = that day, detail = the step;
    untouched  an open lead assigned at least N days before @as_of with no event
               logged since (N: core.office_setting.untouched_alert_days of the lead's
               office); since_at = assigned_at, days = whole days since.
Only current assignments of leads with an open status (core.lead_status.is_open).
@user_id: the representative; NULL = every representative whose leads the caller can
see (row-level security applies: an inline function, expanded into the calling query).
Columns: user_id, kind_order (1 due_today, 2 untouched), alert_kind, lead_id,
company_name, since_at, due_on, days, detail.
Not schema-bound, so migrations of the tables it reads need not drop it.
PostgreSQL twin: db/postgres/functions/open_lead_alerts.sql.
Example:
    SELECT f.alert_kind, f.lead_id FROM core.open_lead_alerts(7, SYSUTCDATETIME()) AS f;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.open_lead_alerts(
    @user_id INT,
    @as_of DATETIME2(3)
)
RETURNS TABLE
AS
RETURN
WITH mine AS (
    SELECT
        a.user_id,
        a.lead_id,
        a.office_id,
        a.assigned_at,
        l.company_name
    FROM core.lead_assignment AS a
    INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
    INNER JOIN core.lead_status AS s ON l.status = s.code
    WHERE
        (@user_id IS NULL OR a.user_id = @user_id)
        AND a.assigned_until IS NULL
        AND s.is_open = 1
)

SELECT
    m.user_id,
    1 AS kind_order,
    'due_today' AS alert_kind,
    m.lead_id,
    m.company_name,
    CAST(NULL AS DATETIME2(3)) AS since_at,
    n.next_step_at AS due_on,
    0 AS days,
    n.next_step AS detail
FROM mine AS m
CROSS APPLY core.latest_next_step(m.lead_id) AS n
WHERE n.next_step_at = CAST(@as_of AS DATE)
UNION ALL
SELECT
    m.user_id,
    2 AS kind_order,
    'untouched' AS alert_kind,
    m.lead_id,
    m.company_name,
    m.assigned_at AS since_at,
    CAST(NULL AS DATE) AS due_on,
    DATEDIFF(DAY, m.assigned_at, CAST(@as_of AS DATE)) AS days,
    CAST(NULL AS NVARCHAR(500)) AS detail
FROM mine AS m
INNER JOIN core.office_setting AS o ON m.office_id = o.office_id
WHERE
    m.assigned_at <= DATEADD(DAY, -o.untouched_alert_days, @as_of)
    AND NOT EXISTS (
        SELECT 1
        FROM core.lead_event AS e
        WHERE
            e.lead_id = m.lead_id
            AND e.event_at >= m.assigned_at
    );
GO
