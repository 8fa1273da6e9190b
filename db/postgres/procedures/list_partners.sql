-- app.list_partners: the active partners a manager or admin may import files of,
-- for the upload form; each with the number of mapped columns.
--
-- Parameters: none.
-- Result: partner_code, partner_name, column_count (sorted by partner_name).
-- Errors: LB401 no active user; LB403 not a manager or admin.
-- Example: SELECT * FROM app.list_partners();
DROP FUNCTION IF EXISTS app.list_partners;
CREATE FUNCTION app.list_partners()
RETURNS TABLE (partner_code VARCHAR, partner_name VARCHAR, column_count BIGINT)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_user_id integer;
    v_role varchar;
BEGIN
    SELECT r.user_id, r.role_code INTO v_user_id, v_role
    FROM security.require_caller(
        ARRAY['manager', 'admin'], 'Only managers and admins may import partner files.'
    ) AS r;
    RETURN QUERY
    SELECT
        p.partner_code,
        p.partner_name,
        (SELECT count(*) FROM core.partner_column AS pc WHERE pc.partner_id = p.partner_id)
    FROM core.partner AS p
    WHERE p.is_active
    ORDER BY p.partner_name, p.partner_code;
END
$$;
