-- security.bootstrap_admin: the first admin of a new database, member of every office.
--
-- Callers: the deployer (`python -m thin_api deploy --admin ...`) or a DBA, as the
-- owner or a superuser; granted to nobody. Does nothing when the login exists.
-- Parameters: p_login_name, p_display_name, p_password_hash (argon2id; NULL = no
-- password yet).
-- Result: user_id, login_name, created (false when the login already existed).
-- Errors: LB400 invalid login_name or display_name.
-- Example: SELECT * FROM security.bootstrap_admin('admin', 'Administrator', NULL);
DROP FUNCTION IF EXISTS security.bootstrap_admin;
CREATE FUNCTION security.bootstrap_admin(
    p_login_name VARCHAR,
    p_display_name VARCHAR,
    p_password_hash VARCHAR DEFAULT NULL
)
RETURNS TABLE (user_id INTEGER, login_name VARCHAR, created BOOLEAN)
LANGUAGE plpgsql
VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id integer;
BEGIN
    IF p_login_name IS NULL OR p_login_name !~ '^[a-z0-9._-]{3,100}$'
        OR nullif(trim(p_display_name), '') IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter login_name or display_name is not supported. '
                || 'login_name must have 3 to 100 characters of a-z, 0-9, dot, underscore and hyphen.';
    END IF;
    SELECT u.user_id INTO v_user_id FROM core.app_user AS u WHERE u.login_name = p_login_name;
    IF FOUND THEN
        RETURN QUERY SELECT v_user_id, p_login_name, FALSE;
        RETURN;
    END IF;

    INSERT INTO core.app_user (login_name, display_name, role_code, password_hash)
    VALUES (p_login_name, trim(p_display_name), 'admin', p_password_hash)
    RETURNING core.app_user.user_id INTO v_user_id;
    INSERT INTO core.user_office (user_id, office_id)
    SELECT v_user_id, o.office_id FROM core.office AS o;
    RETURN QUERY SELECT v_user_id, p_login_name, TRUE;
END
$$;
