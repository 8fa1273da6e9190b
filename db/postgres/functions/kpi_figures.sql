-- core.kpi_figures: every KPI of app.get_kpis (db/CONTRACT.md, "KPIs"), one definition
-- for app.get_kpis and bi.kpi (security.bi_kpi_rows): per office (is_rep 0) and per
-- representative (is_rep 1; user_id the assignee, for activity the event's author),
-- over the rows known at p_as_of (core.kpi_*_as_of, under row-level security), for the
-- business dates p_period_from..p_period_to (UTC, inclusive). p_offices repeats the
-- caller's offices for the planner. Values unrounded; the callers compute the rate.
-- No SET search_path, so that it is inlined into its callers (every name is qualified).
-- T-SQL twin: db/functions/kpi_figures.sql (an inline table-valued function).
-- Example: SELECT * FROM core.kpi_figures(ARRAY[1]::smallint[], now(), '2026-07-01', '2026-09-30');
DROP FUNCTION IF EXISTS core.kpi_figures;
CREATE FUNCTION core.kpi_figures(
    p_offices SMALLINT[], p_as_of TIMESTAMPTZ, p_period_from DATE, p_period_to DATE
)
RETURNS TABLE (
    kpi_code VARCHAR, office_id SMALLINT, user_id INTEGER, is_rep INTEGER, bucket VARCHAR, sort_order INTEGER,
    value NUMERIC, base NUMERIC
)
LANGUAGE sql
STABLE
AS $$
WITH stage (code, stage_rank) AS (
    -- The funnel: new -> contacted -> qualified -> won; lost and do_not_contact
    -- count for the stages their events reached.
    VALUES ('new', 0), ('assigned', 0), ('contacted', 1), ('qualified', 2), ('won', 3)
),

-- The office's leads as known then, counted in one pass by assignee, status and age
-- slot: every lead figure (available, assigned, aging, pipeline) sums these few rows
-- instead of reading every lead again. An age slot is an interval between the aging
-- buckets' bounds (in seconds since delivery: width_bucket), so every lead of a slot
-- falls in the same buckets and the slot's youngest age places them all.
lead_count AS (
    SELECT
        l.office_id, a.user_id AS assignee, l.status,
        width_bucket(extract(EPOCH FROM p_as_of - l.delivered_at), (
            SELECT array_agg(DISTINCT v.bound * 86400 ORDER BY v.bound * 86400)::numeric[]
            FROM core.aging_bucket AS b
            CROSS JOIN LATERAL (VALUES (b.min_days), (b.max_days::bigint + 1)) AS v (bound)
            WHERE v.bound IS NOT NULL
        )) AS age_slot,
        min(extract(EPOCH FROM p_as_of - l.delivered_at)) AS age_seconds, count(*) AS lead_count
    FROM core.kpi_leads_as_of(p_as_of, p_offices) AS l
    LEFT JOIN core.kpi_assignments_as_of(p_as_of, p_offices) AS a ON l.lead_id = a.lead_id
    GROUP BY l.office_id, a.user_id, l.status, 4
),

lead_then AS (
    SELECT
        c.office_id, c.assignee, c.status, s.sort_order AS status_order, s.is_open,
        floor(c.age_seconds / 86400) AS age_days, c.lead_count
    FROM lead_count AS c
    INNER JOIN core.lead_status AS s ON c.status = s.code
),

-- The events of the period (activity), counted by author and type.
event_count AS (
    SELECT e.office_id, e.user_id, e.event_type, count(*) AS event_count
    FROM core.kpi_events_as_of(p_as_of, p_offices) AS e
    -- The bounds as expressions of the parameters (not a join), so the index is used.
    WHERE e.event_at >= p_period_from::timestamp AT TIME ZONE 'UTC' AND e.event_at < (p_period_to + 1)::timestamp AT TIME ZONE 'UTC'
    GROUP BY e.office_id, e.user_id, e.event_type
),

-- The period's deliveries, each with the furthest stage its events reached and its
-- first contact: the events of each delivered lead read by lead (index), never every
-- event of the office.
delivered AS (
    SELECT
        l.lead_id, l.office_id, l.assignee, l.delivered_at, c.first_contact_at,
        greatest(
            coalesce(st.stage_rank, 0), coalesce(c.event_rank, 0),
            CASE WHEN c.first_contact_at IS NULL THEN 0 ELSE 1 END
        ) AS stage_rank
    FROM (
        SELECT l.lead_id, l.office_id, l.status, l.delivered_at, a.user_id AS assignee
        FROM core.kpi_leads_as_of(p_as_of, p_offices) AS l
        INNER JOIN core.lead_status AS s ON l.status = s.code
        LEFT JOIN core.kpi_assignments_as_of(p_as_of, p_offices) AS a ON l.lead_id = a.lead_id
        WHERE l.delivered_at >= p_period_from::timestamp AT TIME ZONE 'UTC' AND l.delivered_at < (p_period_to + 1)::timestamp AT TIME ZONE 'UTC'
    ) AS l
    LEFT JOIN stage AS st ON l.status = st.code
    CROSS JOIN LATERAL (
        SELECT max(es.stage_rank) AS event_rank, min(e.event_at) FILTER (WHERE t.is_contact) AS first_contact_at
        FROM core.kpi_events_as_of(p_as_of, p_offices) AS e
        INNER JOIN core.event_type AS t ON e.event_type = t.code
        LEFT JOIN stage AS es ON e.new_status = es.code
        WHERE e.lead_id = l.lead_id
    ) AS c
),

-- The cohort counted by assignee, delivery month and stage (hours summed exactly).
cohort AS (
    SELECT
        d.office_id, d.assignee,
        to_char(d.delivered_at AT TIME ZONE 'UTC', 'YYYY-MM')::varchar AS month_key,
        (date_part('year', d.delivered_at AT TIME ZONE 'UTC') * 12 + date_part('month', d.delivered_at AT TIME ZONE 'UTC')
            - date_part('year', p_period_from) * 12 - date_part('month', p_period_from))::integer + 1 AS month_order,
        d.stage_rank, count(*) AS lead_count, count(d.first_contact_at) AS contacted_count,
        sum(greatest(extract(EPOCH FROM d.first_contact_at - d.delivered_at), 0))
            FILTER (WHERE d.first_contact_at IS NOT NULL) AS contact_seconds
    FROM delivered AS d
    GROUP BY d.office_id, d.assignee, 3, 4, d.stage_rank
),

figures AS (
    SELECT 'available'::varchar AS kpi, l.office_id, NULL::integer AS rep, 0 AS is_rep, NULL::varchar AS bucket,
        0 AS bucket_order,
        coalesce(sum(l.lead_count) FILTER (WHERE l.assignee IS NULL), 0)::numeric AS value,
        sum(l.lead_count)::numeric AS base
    FROM lead_then AS l WHERE l.is_open
    GROUP BY l.office_id
    UNION ALL
    SELECT 'assigned', l.office_id, l.assignee, 1 - grouping(l.assignee), NULL, 0,
        coalesce(sum(l.lead_count) FILTER (WHERE l.assignee IS NOT NULL), 0),
        CASE WHEN grouping(l.assignee) = 1 THEN sum(l.lead_count) END
    FROM lead_then AS l WHERE l.is_open
    GROUP BY GROUPING SETS ((l.office_id), (l.office_id, l.assignee))
    UNION ALL
    SELECT 'contact_rate', c.office_id, c.assignee, 1 - grouping(c.assignee), NULL, 0,
        sum(c.contacted_count), sum(c.lead_count)
    FROM cohort AS c
    GROUP BY GROUPING SETS ((c.office_id), (c.office_id, c.assignee))
    UNION ALL
    SELECT 'first_contact_hours', c.office_id, c.assignee, 1 - grouping(c.assignee), NULL, 0,
        sum(c.contact_seconds) / 3600, sum(c.contacted_count)
    FROM cohort AS c WHERE c.contacted_count > 0
    GROUP BY GROUPING SETS ((c.office_id), (c.office_id, c.assignee))
    UNION ALL
    SELECT 'conversion', c.office_id, c.assignee, 1 - grouping(c.assignee), st.code, st.stage_rank,
        coalesce(sum(c.lead_count) FILTER (WHERE c.stage_rank >= st.stage_rank), 0),
        coalesce(sum(c.lead_count) FILTER (WHERE c.stage_rank >= st.stage_rank - 1), 0)
    FROM cohort AS c
    CROSS JOIN (SELECT s.code, s.stage_rank FROM stage AS s WHERE s.code <> 'assigned') AS st
    GROUP BY GROUPING SETS ((c.office_id, st.code, st.stage_rank), (c.office_id, c.assignee, st.code, st.stage_rank))
    UNION ALL
    SELECT 'conversion_month', c.office_id, c.assignee, 1 - grouping(c.assignee), c.month_key, c.month_order,
        coalesce(sum(c.lead_count) FILTER (WHERE c.stage_rank >= 2), 0), sum(c.lead_count)
    FROM cohort AS c
    GROUP BY GROUPING SETS ((c.office_id, c.month_key, c.month_order), (c.office_id, c.assignee, c.month_key, c.month_order))
    UNION ALL
    SELECT 'aging', l.office_id, l.assignee, 1 - grouping(l.assignee), b.code, b.sort_order, sum(l.lead_count), NULL
    FROM lead_then AS l
    INNER JOIN core.aging_bucket AS b ON l.age_days BETWEEN b.min_days AND coalesce(b.max_days, 2147483647)
    WHERE l.is_open
    GROUP BY GROUPING SETS ((l.office_id, b.code, b.sort_order), (l.office_id, l.assignee, b.code, b.sort_order))
    UNION ALL
    SELECT 'pipeline', l.office_id, l.assignee, 1 - grouping(l.assignee), l.status, l.status_order, sum(l.lead_count), NULL
    FROM lead_then AS l
    GROUP BY GROUPING SETS ((l.office_id, l.status, l.status_order), (l.office_id, l.assignee, l.status, l.status_order))
    UNION ALL
    SELECT 'activity', e.office_id, e.user_id, 1 - grouping(e.user_id), e.event_type, t.sort_order, sum(e.event_count), NULL
    FROM event_count AS e
    INNER JOIN core.event_type AS t ON e.event_type = t.code
    GROUP BY GROUPING SETS ((e.office_id, e.event_type, t.sort_order), (e.office_id, e.user_id, e.event_type, t.sort_order))
)

SELECT f.kpi, f.office_id, f.rep, f.is_rep, f.bucket, f.bucket_order, f.value, f.base
FROM figures AS f;
$$;
