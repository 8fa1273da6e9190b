-- app.my_figures: the caller's own figures for their home page.
--
-- Callers: the representative's home page; any user for their own work.
-- Parameters: none.
-- Result: figure, stage, value, share:
--   contacts_this_week  calls, e-mails and meetings (core.event_type.is_contact) the
--                       caller logged since Monday 00:00 UTC (stage NULL);
--   contacts_last_week  the week before (stage NULL);
--   leads_by_stage      one row per lead status (stage, in core.lead_status order): of
--                       the leads ever assigned to the caller, how many are in it now,
--                       and the share of all of them (conversion by stage).
-- Only the caller's own leads and events: nothing about colleagues.
-- Errors: LB401 no active user.
-- Example: SELECT * FROM app.my_figures();
DROP FUNCTION IF EXISTS app.my_figures;
CREATE FUNCTION app.my_figures()
RETURNS TABLE (figure VARCHAR, stage VARCHAR, value INTEGER, share NUMERIC(5, 4))
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_week timestamptz := date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
BEGIN
    SELECT r.user_id INTO v_caller_id FROM security.require_caller() AS r;

    RETURN QUERY
    WITH contact AS (
        SELECT e.event_at
        FROM core.lead_event AS e
        INNER JOIN core.event_type AS t ON e.event_type = t.code AND t.is_contact
        WHERE e.user_id = v_caller_id AND e.event_at >= v_week - interval '7 days'
    ),

    my_lead AS (
        SELECT l.status
        FROM core.lead AS l
        WHERE l.lead_id IN (SELECT a.lead_id FROM core.lead_assignment AS a WHERE a.user_id = v_caller_id)
    ),

    stage AS (
        SELECT s.code, s.sort_order, count(m.status)::integer AS lead_count
        FROM core.lead_status AS s
        LEFT JOIN my_lead AS m ON s.code = m.status
        GROUP BY s.code, s.sort_order
    )

    SELECT 'contacts_this_week'::varchar, NULL::varchar,
        (SELECT count(*)::integer FROM contact AS c WHERE c.event_at >= v_week), NULL::numeric(5, 4)
    UNION ALL
    SELECT 'contacts_last_week', NULL,
        (SELECT count(*)::integer FROM contact AS c WHERE c.event_at < v_week), NULL
    UNION ALL
    SELECT * FROM (
        SELECT 'leads_by_stage'::varchar, s.code::varchar, s.lead_count,
            round(s.lead_count::numeric / nullif(sum(s.lead_count) OVER (), 0), 4)::numeric(5, 4)
        FROM stage AS s
        ORDER BY s.sort_order
    ) AS x;
END
$$;
