-- app.get_partner_columns: the column mapping of an active partner, for the file
-- reader: which header (lower case, trimmed) fills which field. A header that names
-- a field itself (company_name, plz, ...) is read as that field without a row here.
--
-- Parameters: p_partner_code.
-- Result: source_header, field_name (sorted by header); no rows for an unknown partner.
-- Errors: LB401 no active user; LB403 not a manager or admin.
-- Example: SELECT * FROM app.get_partner_columns(p_partner_code => 'swissleads');
DROP FUNCTION IF EXISTS app.get_partner_columns;
CREATE FUNCTION app.get_partner_columns(p_partner_code VARCHAR)
RETURNS TABLE (source_header VARCHAR, field_name VARCHAR)
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
    SELECT pc.source_header, pc.field_name
    FROM core.partner AS p
    INNER JOIN core.partner_column AS pc ON p.partner_id = pc.partner_id
    WHERE p.partner_code = lower(trim(p_partner_code)) AND p.is_active
    ORDER BY pc.source_header;
END
$$;
