-- app.get_user_credentials: what the web tier needs to check a sign-in.
--
-- Callers: the web tier's sign-in, before any session context exists, and nobody
-- else: only members of leadbase_web may read credentials (a DBA's login may not
-- collect every user's hash). The hash is argon2id; the password is verified in the
-- web tier and never reaches the database.
-- Parameters: p_login_name (case-insensitive).
-- Result: user_id, login_name, display_name, role_code, password_hash, is_active;
-- no row for an unknown login.
-- Errors: LB400 login_name missing; LB403 the caller is not the web tier's login.
-- Example: SELECT * FROM app.get_user_credentials(p_login_name => 'anna.meier');
DROP FUNCTION IF EXISTS app.get_user_credentials;
CREATE FUNCTION app.get_user_credentials(p_login_name VARCHAR)
RETURNS TABLE (
    user_id INTEGER,
    login_name VARCHAR,
    display_name VARCHAR,
    role_code VARCHAR,
    password_hash VARCHAR,
    is_active BOOLEAN
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'leadbase_web', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = 'Only the web tier''s login (leadbase_web) may read credentials.';
    END IF;
    IF p_login_name IS NULL OR trim(p_login_name) = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter login_name is not supported. It must not be empty.';
    END IF;

    RETURN QUERY
    SELECT u.user_id, u.login_name, u.display_name, u.role_code, u.password_hash, u.is_active
    FROM core.app_user AS u
    WHERE u.login_name = lower(trim(p_login_name));
END
$$;
