/*
app.my_figures: the caller's own figures for their home page.

Callers: the representative's home page; any user for their own work.
Parameters: none.
Result: figure VARCHAR(20), stage VARCHAR(20), value INT, share DECIMAL(5,4):
    contacts_this_week  calls, e-mails and meetings (core.event_type.is_contact) the
                        caller logged since Monday 00:00 UTC (stage NULL);
    contacts_last_week  the week before (stage NULL);
    leads_by_stage      one row per lead status (stage, in core.lead_status order): of
                        the leads ever assigned to the caller, how many are in it now,
                        and the share of all of them (conversion by stage).
Only the caller's own leads and events: nothing about colleagues.
Monday is computed from a fixed Monday (2001-01-01), whatever SET DATEFIRST says.
Errors:
    50401  'No active user is signed in.'
PostgreSQL twin: db/postgres/procedures/my_figures.sql.
Example:
    EXEC app.my_figures;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.my_figures
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @today DATE = CAST(SYSUTCDATETIME() AS DATE);
    DECLARE @week DATETIME2(3);
    DECLARE @this_week INT;
    DECLARE @last_week INT;

    EXEC security.require_caller
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    SET @week = CAST(DATEADD(DAY, -(DATEDIFF(DAY, '20010101', @today) % 7), @today) AS DATETIME2(3));

    SELECT
        @this_week = SUM(IIF(e.event_at >= @week, 1, 0)),
        @last_week = SUM(IIF(e.event_at < @week, 1, 0))
    FROM core.lead_event AS e
    INNER JOIN core.event_type AS t ON e.event_type = t.code
    WHERE
        e.user_id = @caller_id
        AND t.is_contact = 1
        AND e.event_at >= DATEADD(DAY, -7, @week);

    WITH my_lead AS (
        SELECT l.status
        FROM core.lead AS l
        WHERE
            l.lead_id IN (
                SELECT a.lead_id
                FROM core.lead_assignment AS a
                WHERE a.user_id = @caller_id
            )
    ),

    stage AS (
        SELECT
            s.code,
            s.sort_order,
            COUNT(m.status) AS lead_count
        FROM core.lead_status AS s
        LEFT JOIN my_lead AS m ON s.code = m.status
        GROUP BY s.code, s.sort_order
    ),

    figure AS (
        SELECT
            0 AS sort_order,
            'contacts_this_week' AS figure,
            CAST(NULL AS VARCHAR(20)) AS stage,
            COALESCE(@this_week, 0) AS value,
            CAST(NULL AS DECIMAL(5, 4)) AS share
        UNION ALL
        SELECT
            1 AS sort_order,
            'contacts_last_week' AS figure,
            CAST(NULL AS VARCHAR(20)) AS stage,
            COALESCE(@last_week, 0) AS value,
            CAST(NULL AS DECIMAL(5, 4)) AS share
        UNION ALL
        SELECT
            10 + s.sort_order AS sort_order,
            'leads_by_stage' AS figure,
            s.code AS stage,
            s.lead_count AS value,
            CAST(ROUND(1.0 * s.lead_count / NULLIF(SUM(s.lead_count) OVER (), 0), 4) AS DECIMAL(5, 4)) AS share
        FROM stage AS s
    )

    SELECT
        f.figure,
        f.stage,
        f.value,
        f.share
    FROM figure AS f
    ORDER BY f.sort_order;
END;
GO
