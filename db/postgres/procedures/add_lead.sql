-- app.add_lead: enter one lead by hand (a company a representative found, or a
-- manager's correction). Partner batches come through the import (roadmap).
--
-- Callers: the web tier; DBAs; the demo-data loader.
-- Parameters: p_company_name, p_plz (1000-9999), p_ort required; p_legal_form,
-- p_uid (CHE-123.456.789), p_street, p_canton (2 letters), p_phone, p_email,
-- p_website, p_branche (NOGA code), p_size_category (micro | small | medium | large,
-- default small), p_source_batch optional.
-- Result: lead_id, office_code, status, score. The office comes from routing
-- (core.office_for_plz); the score from core.initial_score.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 the PLZ belongs
-- to an office the caller is not a member of.
-- Example: SELECT * FROM app.add_lead(p_company_name => 'Pilatus Holzbau AG', p_plz => 6010, p_ort => 'Kriens');
DROP FUNCTION IF EXISTS app.add_lead;
CREATE FUNCTION app.add_lead(
    p_company_name VARCHAR,
    p_plz INTEGER,
    p_ort VARCHAR,
    p_legal_form VARCHAR DEFAULT NULL,
    p_uid VARCHAR DEFAULT NULL,
    p_street VARCHAR DEFAULT NULL,
    p_canton VARCHAR DEFAULT NULL,
    p_phone VARCHAR DEFAULT NULL,
    p_email VARCHAR DEFAULT NULL,
    p_website VARCHAR DEFAULT NULL,
    p_branche VARCHAR DEFAULT NULL,
    p_size_category VARCHAR DEFAULT 'small',
    p_source_batch VARCHAR DEFAULT NULL
)
RETURNS TABLE (lead_id BIGINT, office_code VARCHAR, status VARCHAR, score SMALLINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_office_id smallint;
    v_lead_id bigint;
BEGIN
    -- Blank optional text counts as missing.
    p_company_name := trim(p_company_name);
    p_ort := trim(p_ort);
    p_legal_form := nullif(trim(p_legal_form), '');
    p_uid := nullif(trim(p_uid), '');
    p_street := nullif(trim(p_street), '');
    p_canton := nullif(trim(p_canton), '');
    p_phone := nullif(trim(p_phone), '');
    p_email := nullif(trim(p_email), '');
    p_website := nullif(trim(p_website), '');
    p_branche := nullif(trim(p_branche), '');
    p_source_batch := nullif(trim(p_source_batch), '');

    IF nullif(p_company_name, '') IS NULL OR length(p_company_name) > 200 THEN
        v_problems := v_problems || 'The value for the parameter company_name is not supported. It must have 1 to 200 characters.'::text;
    END IF;
    IF p_plz IS NULL OR p_plz NOT BETWEEN 1000 AND 9999 THEN
        v_problems := v_problems || 'The value for the parameter plz is not supported. It must be a Swiss PLZ between 1000 and 9999.'::text;
    END IF;
    IF nullif(p_ort, '') IS NULL OR length(p_ort) > 100 THEN
        v_problems := v_problems || 'The value for the parameter ort is not supported. It must have 1 to 100 characters.'::text;
    END IF;
    IF length(p_legal_form) > 20 THEN
        v_problems := v_problems || 'The value for the parameter legal_form is not supported. It must not be longer than 20 characters.'::text;
    END IF;
    IF p_uid !~ '^CHE-[0-9]{3}\.[0-9]{3}\.[0-9]{3}$' THEN
        v_problems := v_problems || 'The value for the parameter uid is not supported. It must look like CHE-123.456.789.'::text;
    END IF;
    IF length(p_street) > 200 THEN
        v_problems := v_problems || 'The value for the parameter street is not supported. It must not be longer than 200 characters.'::text;
    END IF;
    IF p_canton !~ '^[A-Z]{2}$' THEN
        v_problems := v_problems || 'The value for the parameter canton is not supported. It must be two capital letters.'::text;
    END IF;
    IF length(p_phone) > 30 THEN
        v_problems := v_problems || 'The value for the parameter phone is not supported. It must not be longer than 30 characters.'::text;
    END IF;
    IF p_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' OR length(p_email) > 254 THEN
        v_problems := v_problems || 'The value for the parameter email is not supported. It must be an e-mail address.'::text;
    END IF;
    IF length(p_website) > 254 THEN
        v_problems := v_problems || 'The value for the parameter website is not supported. It must not be longer than 254 characters.'::text;
    END IF;
    IF length(p_branche) > 10 THEN
        v_problems := v_problems || 'The value for the parameter branche is not supported. It must not be longer than 10 characters.'::text;
    ELSE
        v_problems := v_problems || core.code_problem('noga_branche', 'branche', p_branche, false);
    END IF;
    v_problems := v_problems || core.code_problem('size_category', 'size_category', p_size_category, true);
    IF length(p_source_batch) > 40 THEN
        v_problems := v_problems || 'The value for the parameter source_batch is not supported. It must not be longer than 40 characters.'::text;
    END IF;
    -- core.code_problem is NULL for a good code.
    v_problems := array_remove(v_problems, NULL);
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id INTO v_user_id FROM security.require_caller() AS r;

    -- Shared routing lock: a mapping change (exclusive) cannot slip between routing
    -- this lead and inserting it; released at the end of the transaction.
    PERFORM core.routing_lock('Shared');
    SELECT f.office_id INTO v_office_id FROM core.office_for_plz(p_plz) AS f;
    IF NOT v_office_id = ANY (security.caller_offices()) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = format('The PLZ %s belongs to an office you are not a member of.', p_plz);
    END IF;

    INSERT INTO core.lead (
        company_name, legal_form, uid, street, plz, ort, canton, phone, email, website,
        branche, size_category, source_batch, status, score, office_id, last_edited_by
    )
    SELECT
        trim(p_company_name), p_legal_form, p_uid, p_street, p_plz, trim(p_ort), p_canton, p_phone,
        p_email, p_website, p_branche, p_size_category, p_source_batch, 'new', s.score, v_office_id, v_user_id
    FROM core.initial_score(p_size_category, p_phone, p_email, p_website, p_uid) AS s
    RETURNING core.lead.lead_id INTO v_lead_id;

    RETURN QUERY
    SELECT l.lead_id, o.office_code, l.status, l.score
    FROM core.lead AS l
    INNER JOIN core.office AS o ON l.office_id = o.office_id
    WHERE l.lead_id = v_lead_id;
END
$$;
