-- app.get_lead_as_of: what a lead looked like at a past instant (system time: what the
-- database knew then): its data, status, score, office and who owned it.
--
-- Callers: the web tier's lead page; DBAs and auditors.
-- Parameters: p_lead_id, p_as_of (a past instant; required).
-- Result: lead_id, company_name, legal_form, uid, street, plz, ort, status, score,
-- office_code, assigned_user_id, assigned_to, delivered_at, valid_from, valid_to
-- (the version's system-time period). No row when the lead did not exist then, or its
-- version then belonged to another office (history carries the same policy), or it
-- does not exist or is another office's: the cases cannot be told apart.
-- Errors: LB400 every invalid parameter.
-- Example: SELECT * FROM app.get_lead_as_of(p_lead_id => 42, p_as_of => '2026-06-30 12:00+02');
DROP FUNCTION IF EXISTS app.get_lead_as_of;
CREATE FUNCTION app.get_lead_as_of(p_lead_id BIGINT, p_as_of TIMESTAMPTZ)
RETURNS TABLE (
    lead_id BIGINT,
    company_name VARCHAR,
    legal_form VARCHAR,
    uid VARCHAR,
    street VARCHAR,
    plz SMALLINT,
    ort VARCHAR,
    status VARCHAR,
    score SMALLINT,
    office_code VARCHAR,
    assigned_user_id INTEGER,
    assigned_to VARCHAR,
    delivered_at TIMESTAMPTZ,
    valid_from TIMESTAMPTZ,
    valid_to TIMESTAMPTZ
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
BEGIN
    IF p_lead_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter lead_id is not supported. It must not be empty.'::text;
    END IF;
    IF p_as_of IS NULL OR p_as_of > now() THEN
        v_problems := v_problems || 'The value for the parameter as_of is not supported. It must be a past instant.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    -- The version valid at p_as_of, current or historical (row-level security applies
    -- to both), and the assignment that was current at that instant.
    RETURN QUERY
    SELECT
        v.lead_id, v.company_name, v.legal_form, v.uid, v.street, v.plz, v.ort, v.status, v.score, o.office_code,
        a.user_id, u.display_name, v.delivered_at, v.valid_from,
        CASE WHEN v.valid_to = 'infinity' THEN NULL ELSE v.valid_to END
    FROM (
        SELECT
            l.lead_id, l.company_name, l.legal_form, l.uid, l.street, l.plz, l.ort, l.status, l.score,
            l.office_id, l.delivered_at, l.valid_from, l.valid_to
        FROM core.lead AS l
        WHERE l.lead_id = p_lead_id AND l.valid_from <= p_as_of
        UNION ALL
        SELECT
            h.lead_id, h.company_name, h.legal_form, h.uid, h.street, h.plz, h.ort, h.status, h.score,
            h.office_id, h.delivered_at, h.valid_from, h.valid_to
        FROM history.lead AS h
        WHERE h.lead_id = p_lead_id AND h.valid_from <= p_as_of AND h.valid_to > p_as_of
    ) AS v
    INNER JOIN core.office AS o ON v.office_id = o.office_id
    LEFT JOIN LATERAL (
        SELECT x.user_id
        FROM (
            SELECT ca.user_id, ca.assigned_at, ca.assigned_until, ca.valid_from, ca.valid_to
            FROM core.lead_assignment AS ca
            WHERE ca.lead_id = p_lead_id
            UNION ALL
            SELECT ha.user_id, ha.assigned_at, ha.assigned_until, ha.valid_from, ha.valid_to
            FROM history.lead_assignment AS ha
            WHERE ha.lead_id = p_lead_id
        ) AS x
        WHERE x.valid_from <= p_as_of AND x.valid_to > p_as_of AND x.assigned_until IS NULL
        ORDER BY x.assigned_at DESC
        LIMIT 1
    ) AS a ON TRUE
    LEFT JOIN core.app_user AS u ON a.user_id = u.user_id
    ORDER BY v.valid_from DESC
    LIMIT 1;
END
$$;
