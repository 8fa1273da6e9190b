-- app.list_users: the people a manager works with, or every user for an admin.
--
-- Callers: managers (users who share an office with them) and admins (all users).
-- Parameters: p_role_code (representative | manager | admin; NULL = all).
-- Result: user_id, login_name, display_name, role_code, office_codes (comma-separated,
-- sorted), is_active, open_lead_count (current assignments the caller can see),
-- lead_capacity (open leads a representative can carry; NULL = not set), sso_subject,
-- sso_email (the single sign-on link; NULL = none).
-- Errors: LB400 invalid role_code; LB401 no active user; LB403 caller is a representative.
-- Example: SELECT * FROM app.list_users(p_role_code => 'representative');
DROP FUNCTION IF EXISTS app.list_users;
CREATE FUNCTION app.list_users(p_role_code VARCHAR DEFAULT NULL)
RETURNS TABLE (
    user_id INTEGER,
    login_name VARCHAR,
    display_name VARCHAR,
    role_code VARCHAR,
    office_codes VARCHAR,
    is_active BOOLEAN,
    open_lead_count BIGINT,
    lead_capacity SMALLINT,
    sso_subject VARCHAR,
    sso_email VARCHAR
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_caller_role varchar;
BEGIN
    IF core.code_problem('role', 'role_code', p_role_code, false) IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = core.code_problem('role', 'role_code', p_role_code, false);
    END IF;

    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role FROM security.require_caller(ARRAY['manager', 'admin'], 'Only managers and admins may list users.') AS r;

    RETURN QUERY
    SELECT
        u.user_id, u.login_name, u.display_name, u.role_code,
        (SELECT c.office_codes FROM core.user_office_codes(u.user_id) AS c),
        u.is_active,
        (
            SELECT count(*)
            FROM core.lead_assignment AS a
            WHERE a.user_id = u.user_id AND a.assigned_until IS NULL
        ),
        u.lead_capacity,
        sso.subject::varchar,
        sso.email::varchar
    FROM core.app_user AS u
    LEFT JOIN core.user_sso_link AS sso ON u.user_id = sso.user_id
    WHERE
        (p_role_code IS NULL OR u.role_code = p_role_code)
        AND (
            v_caller_role = 'admin'
            OR EXISTS (
                SELECT 1
                FROM core.user_office AS mine
                INNER JOIN core.user_office AS theirs ON mine.office_id = theirs.office_id
                WHERE mine.user_id = v_caller_id AND theirs.user_id = u.user_id
            )
        )
    ORDER BY u.display_name, u.user_id;
END
$$;
