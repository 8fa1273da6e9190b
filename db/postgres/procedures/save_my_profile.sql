-- app.save_my_profile: the signed-in user changes their own language or password.
--
-- Callers: the web tier's profile page (it checks the current password against the
-- stored argon2id hash before sending a new hash; the database never sees a password).
-- Parameters: p_language_code (de | fr | en, core.language; NULL keeps it),
-- p_password_hash (argon2id hash, at most 200 characters; NULL keeps it).
-- Result: user_id, language_code. A save that changes nothing writes nothing.
-- Errors: LB400 every invalid parameter; LB401 no active user.
-- Example: SELECT * FROM app.save_my_profile(p_language_code => 'fr');
DROP FUNCTION IF EXISTS app.save_my_profile;
CREATE FUNCTION app.save_my_profile(
    p_language_code VARCHAR DEFAULT NULL,
    p_password_hash VARCHAR DEFAULT NULL
)
RETURNS TABLE (user_id INTEGER, language_code VARCHAR)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_caller_id integer;
BEGIN
    v_problems := v_problems || core.code_problem('language', 'language_code', p_language_code, false);
    IF length(p_password_hash) > 200 THEN
        v_problems := v_problems || 'The value for the parameter password_hash is not supported. It must not be longer than 200 characters.'::text;
    END IF;
    -- core.code_problem is NULL for a good code.
    v_problems := array_remove(v_problems, NULL);
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id INTO v_caller_id FROM security.require_caller() AS r;

    UPDATE core.app_user AS u
    SET
        language_code = coalesce(p_language_code, u.language_code),
        password_hash = coalesce(p_password_hash, u.password_hash),
        last_edited_by = v_caller_id
    WHERE u.user_id = v_caller_id
        AND (u.language_code IS DISTINCT FROM coalesce(p_language_code, u.language_code) OR p_password_hash IS NOT NULL);

    RETURN QUERY SELECT u.user_id, u.language_code FROM core.app_user AS u WHERE u.user_id = v_caller_id;
END
$$;
