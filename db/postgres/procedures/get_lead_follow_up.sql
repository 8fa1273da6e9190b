-- app.get_lead_follow_up: one lead's follow-up, for the lead page's .ics download.
--
-- Callers: the lead page (/leads/<id>/follow-up.ics); any user who may see the lead.
-- The follow-up is the lead's current next step (core.latest_next_step: the latest
-- event that set one), when that step has a date and the lead is open: the same rule
-- as a feed row (app.read_calendar_feed).
-- Parameters: p_lead_id.
-- Result: lead_id, event_id, company_name, ort, next_step (NULL: only a date),
-- next_step_at, event_at; no row when the lead has no dated next step, is closed, does
-- not exist or belongs to another office (one answer for all of these).
-- Errors: LB400 lead_id missing.
-- Example: SELECT * FROM app.get_lead_follow_up(p_lead_id => 42);
DROP FUNCTION IF EXISTS app.get_lead_follow_up;
CREATE FUNCTION app.get_lead_follow_up(p_lead_id BIGINT)
RETURNS TABLE (
    lead_id BIGINT,
    event_id BIGINT,
    company_name VARCHAR,
    ort VARCHAR,
    next_step VARCHAR,
    next_step_at DATE,
    event_at TIMESTAMPTZ
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_lead_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter lead_id is not supported. It must not be empty.';
    END IF;
    -- Another office's lead returns here, as early as a missing one
    -- (functions/lead_in_offices.sql).
    IF NOT core.lead_in_offices(security.caller_offices(), p_lead_id) THEN
        RETURN;
    END IF;

    RETURN QUERY
    SELECT l.lead_id, n.event_id, l.company_name, l.ort, n.next_step, n.next_step_at, n.event_at
    FROM core.lead AS l
    INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_open
    CROSS JOIN LATERAL core.latest_next_step(l.lead_id) AS n
    WHERE l.lead_id = p_lead_id AND n.next_step_at IS NOT NULL;
END
$$;
