/*
core.kpi_figures: every KPI of app.get_kpis (db/CONTRACT.md, "KPIs"), the one
definition for app.get_kpis and bi.kpi (security.bi_kpi_rows): per office (is_rep 0)
and per representative (is_rep 1; user_id the assignee, for activity the event's
author), over the rows known at @as_of (core.kpi_*_as_of: FOR SYSTEM_TIME AS OF under
the office security policy, so the caller's offices only), for the business dates
@period_from..@period_to (UTC, inclusive). Values unrounded; the callers compute the
rate and round.

Inline table-valued function (not schema-bound: FOR SYSTEM_TIME is not allowed
there). Result: kpi_code VARCHAR(20), office_id SMALLINT, user_id INT, is_rep INT,
bucket VARCHAR(20), sort_order INT, value DECIMAL(19, 4), base DECIMAL(19, 4).
PostgreSQL twin: db/postgres/functions/kpi_figures.sql (also takes the caller's
offices as an array, for its planner).
Example:
    SELECT * FROM core.kpi_figures(SYSUTCDATETIME(), '2026-07-01', '2026-09-30');
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.kpi_figures(
    @as_of DATETIME2(3),
    @period_from DATE,
    @period_to DATE
)
RETURNS TABLE
AS
RETURN
-- The funnel: new -> contacted -> qualified -> won; lost and do_not_contact count for
-- the stages their events reached.
WITH stage AS (
    SELECT
        v.code,
        v.stage_rank
    FROM (VALUES ('new', 0), ('assigned', 0), ('contacted', 1), ('qualified', 2), ('won', 3)) AS v(code, stage_rank)
),

lead_then AS (
    SELECT
        l.lead_id,
        l.office_id,
        l.status,
        s.sort_order AS status_order,
        s.is_open,
        l.delivered_at,
        a.user_id AS assignee,
        DATEDIFF_BIG(SECOND, l.delivered_at, @as_of) / 86400 AS age_days
    FROM core.kpi_leads_as_of(@as_of) AS l
    INNER JOIN core.lead_status AS s ON l.status = s.code
    LEFT OUTER JOIN core.kpi_assignments_as_of(@as_of) AS a ON l.lead_id = a.lead_id
),

-- The events of the period (activity) and of the period's deliveries (their stage and
-- first contact): each read by its own condition, never every event of the office.
event_then AS (
    SELECT
        e.lead_id,
        e.office_id,
        e.user_id,
        e.event_at,
        e.event_type,
        t.sort_order AS event_order
    FROM core.kpi_events_as_of(@as_of) AS e
    INNER JOIN core.event_type AS t ON e.event_type = t.code
    -- The bounds as expressions of the parameters (not a join), so the index is used.
    WHERE
        e.event_at >= CAST(@period_from AS DATETIME2(3))
        AND e.event_at < COALESCE(
            DATEADD(DAY, 1, CAST(NULLIF(@period_to, '9999-12-31') AS DATETIME2(3))),
            CAST('9999-12-31T23:59:59.999' AS DATETIME2(3))
        )
),

delivered AS (
    SELECT
        l.lead_id,
        l.office_id,
        l.status,
        l.assignee,
        l.delivered_at
    FROM lead_then AS l
    WHERE
        l.delivered_at >= CAST(@period_from AS DATETIME2(3))
        AND l.delivered_at < COALESCE(
            DATEADD(DAY, 1, CAST(NULLIF(@period_to, '9999-12-31') AS DATETIME2(3))),
            CAST('9999-12-31T23:59:59.999' AS DATETIME2(3))
        )
),

delivered_event AS (
    SELECT
        e.lead_id,
        MAX(es.stage_rank) AS event_rank,
        MIN(CASE WHEN t.is_contact = 1 THEN e.event_at END) AS first_contact_at
    FROM core.kpi_events_as_of(@as_of) AS e
    INNER JOIN core.event_type AS t ON e.event_type = t.code
    LEFT OUTER JOIN stage AS es ON e.new_status = es.code
    WHERE
        e.lead_id IN (
            SELECT d.lead_id
            FROM delivered AS d
        )
    GROUP BY e.lead_id
),

-- Leads delivered in the period, with the furthest stage each reached and its first contact.
cohort AS (
    SELECT
        l.lead_id,
        l.office_id,
        l.assignee,
        l.delivered_at,
        c.first_contact_at,
        CAST(CONVERT(CHAR(7), l.delivered_at, 126) AS VARCHAR(20)) AS month_key,
        DATEDIFF(MONTH, @period_from, l.delivered_at) + 1 AS month_order,
        (
            SELECT MAX(r.stage_rank)
            FROM (
                VALUES
                (COALESCE(st.stage_rank, 0)),
                (COALESCE(c.event_rank, 0)),
                (CASE WHEN c.first_contact_at IS NULL THEN 0 ELSE 1 END)
            ) AS r(stage_rank)
        ) AS stage_rank
    FROM delivered AS l
    LEFT OUTER JOIN stage AS st ON l.status = st.code
    LEFT OUTER JOIN delivered_event AS c ON l.lead_id = c.lead_id
),

figures AS (
    SELECT
        CAST('available' AS VARCHAR(20)) AS kpi_code,
        l.office_id,
        CAST(NULL AS INT) AS user_id,
        0 AS is_rep,
        CAST(NULL AS VARCHAR(20)) AS bucket,
        0 AS sort_order,
        CAST(SUM(CASE WHEN l.assignee IS NULL THEN 1 ELSE 0 END) AS DECIMAL(19, 4)) AS value,
        CAST(COUNT_BIG(*) AS DECIMAL(19, 4)) AS base
    FROM lead_then AS l
    WHERE l.is_open = 1
    GROUP BY l.office_id
    UNION ALL
    SELECT
        'assigned' AS kpi_code,
        l.office_id,
        l.assignee AS user_id,
        1 - GROUPING(l.assignee) AS is_rep,
        NULL AS bucket,
        0 AS sort_order,
        SUM(CASE WHEN l.assignee IS NULL THEN 0 ELSE 1 END) AS value,
        CASE WHEN GROUPING(l.assignee) = 1 THEN COUNT_BIG(*) END AS base
    FROM lead_then AS l
    WHERE l.is_open = 1
    GROUP BY GROUPING SETS ((l.office_id), (l.office_id, l.assignee))
    UNION ALL
    SELECT
        'contact_rate' AS kpi_code,
        c.office_id,
        c.assignee AS user_id,
        1 - GROUPING(c.assignee) AS is_rep,
        NULL AS bucket,
        0 AS sort_order,
        COUNT_BIG(c.first_contact_at) AS value,
        COUNT_BIG(*) AS base
    FROM cohort AS c
    GROUP BY GROUPING SETS ((c.office_id), (c.office_id, c.assignee))
    UNION ALL
    SELECT
        'first_contact_hours' AS kpi_code,
        c.office_id,
        c.assignee AS user_id,
        1 - GROUPING(c.assignee) AS is_rep,
        NULL AS bucket,
        0 AS sort_order,
        SUM(
            CASE
                WHEN c.first_contact_at > c.delivered_at
                    THEN CAST(DATEDIFF_BIG(MILLISECOND, c.delivered_at, c.first_contact_at) AS DECIMAL(19, 4))
                ELSE 0
            END
        ) / 3600000 AS value,
        COUNT_BIG(*) AS base
    FROM cohort AS c
    WHERE c.first_contact_at IS NOT NULL
    GROUP BY GROUPING SETS ((c.office_id), (c.office_id, c.assignee))
    UNION ALL
    SELECT
        'conversion' AS kpi_code,
        c.office_id,
        c.assignee AS user_id,
        1 - GROUPING(c.assignee) AS is_rep,
        st.code AS bucket,
        st.stage_rank AS sort_order,
        SUM(CASE WHEN c.stage_rank >= st.stage_rank THEN 1 ELSE 0 END) AS value,
        SUM(CASE WHEN c.stage_rank >= st.stage_rank - 1 THEN 1 ELSE 0 END) AS base
    FROM cohort AS c
    CROSS JOIN stage AS st
    WHERE st.code <> 'assigned'
    GROUP BY
        GROUPING SETS (
            (c.office_id, st.code, st.stage_rank), (c.office_id, c.assignee, st.code, st.stage_rank)
        )
    UNION ALL
    SELECT
        'conversion_month' AS kpi_code,
        c.office_id,
        c.assignee AS user_id,
        1 - GROUPING(c.assignee) AS is_rep,
        c.month_key AS bucket,
        c.month_order AS sort_order,
        SUM(CASE WHEN c.stage_rank >= 2 THEN 1 ELSE 0 END) AS value,
        COUNT_BIG(*) AS base
    FROM cohort AS c
    GROUP BY
        GROUPING SETS (
            (c.office_id, c.month_key, c.month_order), (c.office_id, c.assignee, c.month_key, c.month_order)
        )
    UNION ALL
    SELECT
        'aging' AS kpi_code,
        l.office_id,
        l.assignee AS user_id,
        1 - GROUPING(l.assignee) AS is_rep,
        b.code AS bucket,
        b.sort_order,
        COUNT_BIG(*) AS value,
        NULL AS base
    FROM lead_then AS l
    INNER JOIN core.aging_bucket AS b ON l.age_days BETWEEN b.min_days AND COALESCE(b.max_days, 2147483647)
    WHERE l.is_open = 1
    GROUP BY GROUPING SETS ((l.office_id, b.code, b.sort_order), (l.office_id, l.assignee, b.code, b.sort_order))
    UNION ALL
    SELECT
        'pipeline' AS kpi_code,
        l.office_id,
        l.assignee AS user_id,
        1 - GROUPING(l.assignee) AS is_rep,
        l.status AS bucket,
        l.status_order AS sort_order,
        COUNT_BIG(*) AS value,
        NULL AS base
    FROM lead_then AS l
    GROUP BY
        GROUPING SETS (
            (l.office_id, l.status, l.status_order), (l.office_id, l.assignee, l.status, l.status_order)
        )
    UNION ALL
    SELECT
        'activity' AS kpi_code,
        e.office_id,
        e.user_id,
        1 - GROUPING(e.user_id) AS is_rep,
        e.event_type AS bucket,
        e.event_order AS sort_order,
        COUNT_BIG(*) AS value,
        NULL AS base
    FROM event_then AS e
    GROUP BY
        GROUPING SETS (
            (e.office_id, e.event_type, e.event_order), (e.office_id, e.user_id, e.event_type, e.event_order)
        )
)

SELECT
    f.kpi_code,
    f.office_id,
    f.user_id,
    f.is_rep,
    f.bucket,
    f.sort_order,
    f.value,
    f.base
FROM figures AS f;
GO
