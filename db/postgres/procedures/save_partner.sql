-- app.save_partner: create or change a partner and its column mapping (admins).
--
-- Parameters: p_partner_code (1-40 characters: a-z, 0-9, _ and -; lower-cased),
-- p_partner_name (1-200 characters), p_column_map (JSON object from the partner's
-- file headers to Leadbase fields: company_name, legal_form, uid, street, plz, ort,
-- canton, phone, email, website, branche, size_category, no_advertising; NULL keeps
-- the current mapping, '{}' clears it), p_is_active (default true).
-- Result: partner_id, partner_code, partner_name, is_active, column_count.
-- Errors: LB400 every invalid parameter (each unknown field named); LB401 no active
-- user; LB403 not an admin.
-- Example: SELECT * FROM app.save_partner(p_partner_code => 'swissleads',
--     p_partner_name => 'Swiss Leads AG', p_column_map => '{"Firma": "company_name", "PLZ": "plz"}');
DROP FUNCTION IF EXISTS app.save_partner;
CREATE FUNCTION app.save_partner(
    p_partner_code VARCHAR,
    p_partner_name VARCHAR,
    p_column_map TEXT DEFAULT NULL,
    p_is_active BOOLEAN DEFAULT TRUE
)
RETURNS TABLE (partner_id INTEGER, partner_code VARCHAR, partner_name VARCHAR, is_active BOOLEAN, column_count BIGINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_user_id integer;
    v_role varchar;
    v_map jsonb;
    v_partner_id integer;
    v_bad text;
BEGIN
    p_partner_code := lower(trim(p_partner_code));
    p_partner_name := trim(p_partner_name);
    IF p_partner_code IS NULL OR p_partner_code !~ '^[a-z0-9_-]{1,40}$' THEN
        v_problems := v_problems || 'The value for the parameter partner_code is not supported. It must have 1 to 40 characters a-z, 0-9, _ or -.'::text;
    END IF;
    IF nullif(p_partner_name, '') IS NULL OR length(p_partner_name) > 200 THEN
        v_problems := v_problems || 'The value for the parameter partner_name is not supported. It must have 1 to 200 characters.'::text;
    END IF;
    IF p_is_active IS NULL THEN
        v_problems := v_problems || 'The value for the parameter is_active is not supported. It must be true or false.'::text;
    END IF;
    IF p_column_map IS NOT NULL THEN
        BEGIN
            v_map := p_column_map::jsonb;
        EXCEPTION WHEN others THEN
            v_map := NULL;
        END;
        IF v_map IS NULL OR jsonb_typeof(v_map) <> 'object' THEN
            v_problems := v_problems || 'The value for the parameter column_map is not supported. It must be a JSON object from headers to fields.'::text;
        ELSE
            SELECT string_agg(DISTINCT coalesce(e.value, 'null'), ', ') INTO v_bad
            FROM jsonb_each_text(v_map) AS e
            WHERE e.value IS NULL OR e.value NOT IN (
                'company_name', 'legal_form', 'uid', 'street', 'plz', 'ort', 'canton', 'phone', 'email',
                'website', 'branche', 'size_category', 'no_advertising'
            ) OR length(trim(e.key)) NOT BETWEEN 1 AND 200;
            IF v_bad IS NOT NULL THEN
                v_problems := v_problems || format('The value for the parameter column_map is not supported. Unknown fields or empty headers: %s.', v_bad);
            END IF;
        END IF;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(ARRAY['admin'], 'Only admins may change partners.') AS r;

    INSERT INTO core.partner AS p (partner_code, partner_name, is_active)
    VALUES (p_partner_code, p_partner_name, p_is_active)
    ON CONFLICT ON CONSTRAINT uq_core_partner_partner_code
    DO UPDATE SET partner_name = excluded.partner_name, is_active = excluded.is_active
    RETURNING p.partner_id INTO v_partner_id;

    IF v_map IS NOT NULL THEN
        DELETE FROM core.partner_column AS pc WHERE pc.partner_id = v_partner_id;
        INSERT INTO core.partner_column (partner_id, source_header, field_name)
        SELECT DISTINCT ON (lower(trim(e.key))) v_partner_id, lower(trim(e.key)), e.value
        FROM jsonb_each_text(v_map) AS e
        ORDER BY lower(trim(e.key));
    END IF;

    RETURN QUERY
    SELECT p.partner_id, p.partner_code, p.partner_name, p.is_active,
        (SELECT count(*) FROM core.partner_column AS pc WHERE pc.partner_id = p.partner_id)
    FROM core.partner AS p WHERE p.partner_id = v_partner_id;
END
$$;
