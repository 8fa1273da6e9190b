-- app.get_lead: one lead with its current assignment.
--
-- Callers: the web tier's lead page; DBAs.
-- Parameters: p_lead_id (required).
-- Result: lead_id, company_name, legal_form, uid, street, plz, ort, canton, phone,
-- email, website, branche, size_category, source_batch, status, score, office_code,
-- assigned_user_id, assigned_to, created_at, age_days, no_advertising (the UWG star
-- entry: from a partner file or a suppression list). No row when the lead does not
-- exist or belongs to another office: the two cannot be told apart.
-- Errors: LB400 lead_id missing.
-- Example: SELECT * FROM app.get_lead(p_lead_id => 42);
DROP FUNCTION IF EXISTS app.get_lead;
CREATE FUNCTION app.get_lead(p_lead_id BIGINT)
RETURNS TABLE (
    lead_id BIGINT,
    company_name VARCHAR,
    legal_form VARCHAR,
    uid VARCHAR,
    street VARCHAR,
    plz SMALLINT,
    ort VARCHAR,
    canton CHAR(2),
    phone VARCHAR,
    email VARCHAR,
    website VARCHAR,
    branche VARCHAR,
    size_category VARCHAR,
    source_batch VARCHAR,
    status VARCHAR,
    score SMALLINT,
    office_code VARCHAR,
    assigned_user_id INTEGER,
    assigned_to VARCHAR,
    created_at TIMESTAMPTZ,
    age_days INTEGER,
    no_advertising BOOLEAN
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
    -- Another office's lead returns here, as early and as fast as a missing one
    -- (functions/lead_in_offices.sql).
    IF NOT core.lead_in_offices(security.caller_offices(), p_lead_id) THEN
        RETURN;
    END IF;

    RETURN QUERY
    SELECT
        l.lead_id, l.company_name, l.legal_form, l.uid, l.street, l.plz, l.ort, l.canton,
        l.phone, l.email, l.website, l.branche, l.size_category, l.source_batch, l.status,
        l.score, o.office_code, a.user_id, u.display_name, l.created_at,
        (now() AT TIME ZONE 'UTC')::date - (l.created_at AT TIME ZONE 'UTC')::date,
        l.no_advertising
    FROM core.lead AS l
    INNER JOIN core.office AS o ON l.office_id = o.office_id
    LEFT JOIN core.lead_assignment AS a ON l.lead_id = a.lead_id AND a.assigned_until IS NULL
    LEFT JOIN core.app_user AS u ON a.user_id = u.user_id
    WHERE l.lead_id = p_lead_id;
END
$$;
