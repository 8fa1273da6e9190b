-- core.latest_next_step(lead_id): a lead's current next step, the one definition of
-- the rule behind the home page (app.my_open_leads), the alerts
-- (core.open_lead_alerts), the calendar feed (app.read_calendar_feed) and the lead
-- page's follow-up (app.get_lead_follow_up).
-- Rule: the lead's latest event (by event_at DESC, event_id DESC) that set a next
-- step, i.e. whose next_step or next_step_at is not NULL. An event without either
-- leaves the step as it is; a later step without a date replaces a dated one.
-- Parameters: p_lead_id (NULL: no row).
-- Result: one row, or none when no event of the lead set a next step: event_id (the
-- event that set the step), next_step (NULL: only a date), next_step_at (NULL: no
-- date), event_at (when it was set).
-- Called as CROSS JOIN LATERAL core.latest_next_step(l.lead_id) AS n (LEFT JOIN
-- LATERAL ... ON TRUE to keep leads without one), which PostgreSQL inlines into the
-- calling query: one plan, as the subquery it replaces. Inlining needs a LANGUAGE sql,
-- non-STRICT, STABLE function with neither SECURITY DEFINER nor a SET clause, hence
-- no SET search_path here: every name inside is schema-qualified instead. It runs
-- with the rights of the caller (the calling app function's owner), so row-level
-- security on core.lead_event applies as in the caller; owned by leadbase_owner,
-- EXECUTE for nobody else (db/postgres/security/schemas.sql).
-- T-SQL twin: db/functions/latest_next_step.sql.
-- Example: SELECT l.lead_id, n.next_step_at
--          FROM core.lead AS l CROSS JOIN LATERAL core.latest_next_step(l.lead_id) AS n;
DROP FUNCTION IF EXISTS core.latest_next_step;
CREATE FUNCTION core.latest_next_step(p_lead_id BIGINT)
RETURNS TABLE (
    event_id BIGINT,
    next_step VARCHAR,
    next_step_at DATE,
    event_at TIMESTAMPTZ
)
LANGUAGE sql
STABLE
AS $$
    SELECT e.event_id, e.next_step, e.next_step_at, e.event_at
    FROM core.lead_event AS e
    WHERE e.lead_id = p_lead_id AND (e.next_step IS NOT NULL OR e.next_step_at IS NOT NULL)
    ORDER BY e.event_at DESC, e.event_id DESC
    LIMIT 1;
$$;
