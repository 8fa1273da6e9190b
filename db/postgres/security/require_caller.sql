-- security.require_caller: the 401/403 check of the app functions, in one place
-- (twin of db/security/require_caller.sql).
--
-- Parameters: p_allowed_roles (role codes that may go on; NULL = any active user),
-- p_forbidden_message (the LB403 message for other roles).
-- Result: one row (user_id, role_code) of the caller (security.caller()).
-- Errors: LB401 'No active user is signed in.'; LB403 p_forbidden_message.
-- Callers: every app function that needs a signed-in user, before it reads or writes.
-- Example: SELECT r.user_id, r.role_code FROM security.require_caller(
--              ARRAY['manager', 'admin'], 'Only managers and admins may assign leads.') AS r;
DROP FUNCTION IF EXISTS security.require_caller;
CREATE FUNCTION security.require_caller(
    p_allowed_roles VARCHAR[] DEFAULT NULL,
    p_forbidden_message TEXT DEFAULT NULL
)
RETURNS TABLE (user_id INTEGER, role_code VARCHAR)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_user_id INTEGER;
    v_role_code VARCHAR;
BEGIN
    SELECT c.user_id, c.role_code INTO v_user_id, v_role_code FROM security.caller() AS c;
    IF v_user_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB401', MESSAGE = 'No active user is signed in.';
    END IF;
    IF p_allowed_roles IS NOT NULL AND NOT v_role_code = ANY (p_allowed_roles) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403', MESSAGE = p_forbidden_message;
    END IF;
    RETURN QUERY SELECT v_user_id, v_role_code;
END
$$;
