-- app.whoami: who the database thinks is calling.
--
-- Callers: the web tier after sign-in; DBAs checking their session context.
-- Parameters: none.
-- Result: user_id, login_name, display_name, role_code, office_codes (comma-separated,
-- sorted), language_code. No row without an active user in the session: fail closed, no error.
-- Example: BEGIN; SELECT set_config('app.user_id', '7', true); SELECT * FROM app.whoami(); COMMIT;
DROP FUNCTION IF EXISTS app.whoami;
CREATE FUNCTION app.whoami()
RETURNS TABLE (
    user_id INTEGER,
    login_name VARCHAR,
    display_name VARCHAR,
    role_code VARCHAR,
    office_codes VARCHAR,
    language_code VARCHAR
)
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT
        u.user_id,
        u.login_name,
        u.display_name,
        u.role_code,
        (SELECT c.office_codes FROM core.user_office_codes(u.user_id) AS c) AS office_codes,
        u.language_code
    FROM security.caller() AS c
    INNER JOIN core.app_user AS u ON c.user_id = u.user_id;
$$;
