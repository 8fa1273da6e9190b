-- app.save_user: create a user or change one (matched by login_name).
--
-- Callers: admins (everyone) and managers (representatives of their own offices only):
-- the web tier's user management, DBAs, the demo-data loader.
-- Parameters: p_login_name (3-100 of a-z 0-9 . _ -), p_display_name, p_role_code
-- (representative | manager | admin), p_office_codes (comma-separated office codes;
-- a representative exactly one) required; p_password_hash (argon2id from the web tier;
-- NULL keeps the current one), p_is_active (default true), p_lead_capacity (0-1000;
-- NULL keeps the current value).
-- Result: user_id, login_name, role_code, office_codes, is_active, lead_capacity.
-- Errors: LB400 every invalid parameter; LB401 no active user; LB403 a representative,
-- or a manager saving another role, an office not theirs, or a user who is not a
-- representative of their offices; LB409 an admin deactivating or demoting themself.
-- Example: SELECT * FROM app.save_user(p_login_name => 'anna.meier', p_display_name => 'Anna Meier',
--          p_role_code => 'representative', p_office_codes => 'luzern');
DROP FUNCTION IF EXISTS app.save_user;
CREATE FUNCTION app.save_user(
    p_login_name VARCHAR,
    p_display_name VARCHAR,
    p_role_code VARCHAR,
    p_office_codes VARCHAR,
    p_password_hash VARCHAR DEFAULT NULL,
    p_is_active BOOLEAN DEFAULT TRUE,
    p_lead_capacity SMALLINT DEFAULT NULL
)
RETURNS TABLE (
    user_id INTEGER,
    login_name VARCHAR,
    role_code VARCHAR,
    office_codes VARCHAR,
    is_active BOOLEAN,
    lead_capacity SMALLINT
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_caller_id integer;
    v_caller_role varchar;
    v_codes varchar[];
    v_unknown varchar;
    v_user_id integer;
BEGIN
    v_codes := ARRAY(
        SELECT DISTINCT trim(c) FROM unnest(string_to_array(p_office_codes, ',')) AS c WHERE trim(c) <> ''
    );
    IF p_login_name IS NULL OR p_login_name !~ '^[a-z0-9._-]{3,100}$' THEN
        v_problems := v_problems || 'The value for the parameter login_name is not supported. It must have 3 to 100 characters of a-z, 0-9, dot, underscore and hyphen.'::text;
    END IF;
    IF nullif(trim(p_display_name), '') IS NULL OR length(p_display_name) > 200 THEN
        v_problems := v_problems || 'The value for the parameter display_name is not supported. It must have 1 to 200 characters.'::text;
    END IF;
    v_problems := v_problems || core.code_problem('role', 'role_code', p_role_code, true);
    SELECT string_agg(c, ', ' ORDER BY c) INTO v_unknown
    FROM unnest(v_codes) AS c
    WHERE NOT EXISTS (SELECT 1 FROM core.office AS o WHERE o.office_code = c);
    IF cardinality(v_codes) = 0 OR v_unknown IS NOT NULL THEN
        v_problems := v_problems || ('The value for the parameter office_codes is not supported. It must list known office codes'
            || coalesce(' (unknown: ' || v_unknown || ')', '') || '.');
    ELSIF p_role_code = 'representative' AND cardinality(v_codes) <> 1 THEN
        v_problems := v_problems || 'The value for the parameter office_codes is not supported. A representative belongs to exactly one office.'::text;
    END IF;
    IF length(p_password_hash) > 200 THEN
        v_problems := v_problems || 'The value for the parameter password_hash is not supported. It must not be longer than 200 characters.'::text;
    END IF;
    IF p_is_active IS NULL THEN
        v_problems := v_problems || 'The value for the parameter is_active is not supported. It must be true or false.'::text;
    END IF;
    IF p_lead_capacity NOT BETWEEN 0 AND 1000 THEN
        v_problems := v_problems || 'The value for the parameter lead_capacity is not supported. It must be between 0 and 1000.'::text;
    END IF;
    -- core.code_problem is NULL for a good code.
    v_problems := array_remove(v_problems, NULL);
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role
    FROM security.require_caller(ARRAY['manager', 'admin'], 'Only managers and admins may manage users.') AS r;
    -- A manager saves representatives of their own offices: the role, every office
    -- named, and an existing user's role and offices.
    IF v_caller_role = 'manager' AND (
        p_role_code <> 'representative'
        OR EXISTS (
            SELECT 1 FROM core.office AS o
            WHERE o.office_code = ANY (v_codes)
                AND NOT EXISTS (
                    SELECT 1 FROM core.user_office AS mine WHERE mine.user_id = v_caller_id AND mine.office_id = o.office_id
                )
        )
        OR EXISTS (
            SELECT 1 FROM core.app_user AS u
            WHERE u.login_name = p_login_name
                AND (
                    u.role_code <> 'representative'
                    OR EXISTS (
                        SELECT 1 FROM core.user_office AS theirs
                        WHERE theirs.user_id = u.user_id
                            AND NOT EXISTS (
                                SELECT 1 FROM core.user_office AS mine
                                WHERE mine.user_id = v_caller_id AND mine.office_id = theirs.office_id
                            )
                    )
                )
        )
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403', MESSAGE = 'Managers manage representatives of their own offices only.';
    END IF;
    IF EXISTS (
        SELECT 1 FROM core.app_user AS u
        WHERE u.user_id = v_caller_id AND u.login_name = p_login_name AND (NOT p_is_active OR p_role_code <> 'admin')
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409', MESSAGE = 'Admins cannot deactivate or demote themselves.';
    END IF;

    INSERT INTO core.app_user AS u (
        login_name, display_name, role_code, password_hash, is_active, lead_capacity, last_edited_by
    )
    VALUES (p_login_name, trim(p_display_name), p_role_code, p_password_hash, p_is_active, p_lead_capacity, v_caller_id)
    ON CONFLICT ON CONSTRAINT uq_core_app_user_login_name DO UPDATE
    SET
        display_name = excluded.display_name,
        role_code = excluded.role_code,
        password_hash = coalesce(excluded.password_hash, u.password_hash),
        is_active = excluded.is_active,
        lead_capacity = coalesce(excluded.lead_capacity, u.lead_capacity),
        last_edited_by = excluded.last_edited_by
    WHERE (u.display_name, u.role_code, u.password_hash, u.is_active, u.lead_capacity)
        IS DISTINCT FROM (excluded.display_name, excluded.role_code,
            coalesce(excluded.password_hash, u.password_hash), excluded.is_active,
            coalesce(excluded.lead_capacity, u.lead_capacity));
    SELECT u.user_id INTO v_user_id FROM core.app_user AS u WHERE u.login_name = p_login_name;

    DELETE FROM core.user_office AS uo
    USING core.office AS o
    WHERE uo.office_id = o.office_id AND uo.user_id = v_user_id AND NOT o.office_code = ANY (v_codes);
    INSERT INTO core.user_office (user_id, office_id, last_edited_by)
    SELECT v_user_id, o.office_id, v_caller_id
    FROM core.office AS o
    WHERE o.office_code = ANY (v_codes)
    ON CONFLICT DO NOTHING;

    RETURN QUERY
    SELECT
        u.user_id, u.login_name, u.role_code,
        (SELECT c.office_codes FROM core.user_office_codes(u.user_id) AS c),
        u.is_active,
        u.lead_capacity
    FROM core.app_user AS u
    WHERE u.user_id = v_user_id;
END
$$;
