-- app.list_inaccurate_leads: the "data inaccurate" findings to send back to a partner:
-- every feedback data_inaccurate a representative gave on a lead a partner delivered,
-- with the partner, the batch, the note and the lead's fields as the partner delivered
-- them (the import decision of the batch that created the lead). The rows behind
-- app.get_partner_quality's data_inaccurate_count, for the managers' export.
-- Row-level security limits them to the caller's offices' leads.
--
-- Callers: managers and admins (web tier: the partner-quality export; DBAs).
-- Parameters: p_partner_code (NULL = every partner; an unknown code gives no rows).
-- Result, by partner_code, batch_id, lead_id, rated_at, feedback_id: partner_code,
-- partner_name, batch_id, file_name, received_at, lead_id, office_code, rated_at,
-- rated_by, note, then the delivered fields as text: company_name, legal_form, uid,
-- street, plz, ort, canton, phone, email, website, branche, size_category (NULL after
-- an erasure, which removes them).
-- Errors: LB401 no active user; LB403 not a manager or admin.
-- Example: SELECT * FROM app.list_inaccurate_leads(p_partner_code => 'acme');
DROP FUNCTION IF EXISTS app.list_inaccurate_leads;
CREATE FUNCTION app.list_inaccurate_leads(p_partner_code VARCHAR DEFAULT NULL)
RETURNS TABLE (
    partner_code VARCHAR,
    partner_name VARCHAR,
    batch_id BIGINT,
    file_name VARCHAR,
    received_at TIMESTAMPTZ,
    lead_id BIGINT,
    office_code VARCHAR,
    rated_at TIMESTAMPTZ,
    rated_by VARCHAR,
    note VARCHAR,
    company_name VARCHAR,
    legal_form VARCHAR,
    uid VARCHAR,
    street VARCHAR,
    plz VARCHAR,
    ort VARCHAR,
    canton VARCHAR,
    phone VARCHAR,
    email VARCHAR,
    website VARCHAR,
    branche VARCHAR,
    size_category VARCHAR
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
BEGIN
    SELECT r.user_id INTO v_caller_id
    FROM security.require_caller(ARRAY['manager', 'admin'], 'Only managers and admins may review imports.') AS r;

    -- Row-level security: the caller's offices' feedback, leads and decisions only.
    RETURN QUERY
    SELECT
        p.partner_code::varchar, p.partner_name::varchar, b.batch_id, b.file_name::varchar, b.received_at,
        l.lead_id, o.office_code::varchar, f.given_at, u.display_name::varchar, f.note::varchar,
        d.company_name::varchar, d.legal_form::varchar, d.uid::varchar, d.street::varchar, d.plz::varchar,
        d.ort::varchar, d.canton::varchar, d.phone::varchar, d.email::varchar, d.website::varchar,
        d.branche::varchar, d.size_category::varchar
    FROM core.lead_feedback AS f
    INNER JOIN core.lead AS l ON f.lead_id = l.lead_id
    INNER JOIN core.import_batch AS b ON l.import_batch_id = b.batch_id
    INNER JOIN core.partner AS p ON b.partner_id = p.partner_id
    INNER JOIN core.office AS o ON l.office_id = o.office_id
    INNER JOIN core.app_user AS u ON f.user_id = u.user_id
    LEFT JOIN LATERAL (
        SELECT
            x.company_name, x.legal_form, x.uid, x.street, x.plz, x.ort, x.canton, x.phone, x.email,
            x.website, x.branche, x.size_category
        FROM core.import_decision AS x
        WHERE x.lead_id = l.lead_id AND x.batch_id = b.batch_id
        ORDER BY x.row_no
        LIMIT 1
    ) AS d ON TRUE
    WHERE
        f.reason_code = 'data_inaccurate'
        AND (p_partner_code IS NULL OR p.partner_code = lower(trim(p_partner_code)))
    ORDER BY p.partner_code, b.batch_id, l.lead_id, f.given_at, f.feedback_id;
END
$$;
