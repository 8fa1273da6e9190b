-- app.my_open_leads: the caller's open leads (current assignments of leads whose
-- status is open), with their age and next step.
--
-- Callers: the representative's home page; any user for their own assignments.
-- Parameters: p_max_rows (50; 1-200).
-- Result: lead_id, company_name, plz, ort, status, score, assigned_at, assigned_days
-- (days since the assignment), age_days (days since delivery, business time),
-- last_contact_at (last call/e-mail/meeting), next_step, next_step_at (the lead's
-- current next step: core.latest_next_step, the latest event that set one). Next step
-- due first (by date, undated last), then the oldest assignment.
-- Errors: LB400 max_rows out of range; LB401 no active user.
-- Example: SELECT * FROM app.my_open_leads(p_max_rows => 20);
DROP FUNCTION IF EXISTS app.my_open_leads;
CREATE FUNCTION app.my_open_leads(p_max_rows INTEGER DEFAULT 50)
RETURNS TABLE (
    lead_id BIGINT,
    company_name VARCHAR,
    plz SMALLINT,
    ort VARCHAR,
    status VARCHAR,
    score SMALLINT,
    assigned_at TIMESTAMPTZ,
    assigned_days INTEGER,
    age_days INTEGER,
    last_contact_at TIMESTAMPTZ,
    next_step VARCHAR,
    next_step_at DATE
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_today date := (now() AT TIME ZONE 'UTC')::date;
BEGIN
    IF p_max_rows IS NULL OR p_max_rows NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter max_rows is not supported. It must be between 1 and 200.';
    END IF;
    SELECT r.user_id INTO v_caller_id FROM security.require_caller() AS r;

    RETURN QUERY
    SELECT
        l.lead_id, l.company_name, l.plz, l.ort, l.status, l.score, a.assigned_at,
        (v_today - (a.assigned_at AT TIME ZONE 'UTC')::date)::integer,
        (v_today - (l.delivered_at AT TIME ZONE 'UTC')::date)::integer,
        c.last_contact_at, n.next_step, n.next_step_at
    FROM core.lead_assignment AS a
    INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
    INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_open
    LEFT JOIN LATERAL (
        SELECT max(e.event_at) AS last_contact_at
        FROM core.lead_event AS e
        INNER JOIN core.event_type AS t ON e.event_type = t.code AND t.is_contact
        WHERE e.lead_id = l.lead_id
    ) AS c ON TRUE
    LEFT JOIN LATERAL core.latest_next_step(l.lead_id) AS n ON TRUE
    WHERE a.user_id = v_caller_id AND a.assigned_until IS NULL
    ORDER BY n.next_step_at NULLS LAST, a.assigned_at, l.lead_id
    LIMIT p_max_rows;
END
$$;
