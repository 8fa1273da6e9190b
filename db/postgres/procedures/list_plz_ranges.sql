-- app.list_plz_ranges: the PLZ-to-office mapping as it is now, every office with its
-- ranges (an office without a range, such as the catch-all, has one row with NULL
-- plz_from and plz_to), by office_id, plz_from.
--
-- Callers: admins (the mapping page), DBAs.
-- Result: office_code, office_name, is_catch_all, plz_from, plz_to.
-- Errors: LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.list_plz_ranges();
DROP FUNCTION IF EXISTS app.list_plz_ranges;
CREATE FUNCTION app.list_plz_ranges()
RETURNS TABLE (
    office_code VARCHAR,
    office_name VARCHAR,
    is_catch_all BOOLEAN,
    plz_from SMALLINT,
    plz_to SMALLINT
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
    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role FROM security.require_caller(ARRAY['admin'], 'Only admins may see the PLZ mapping.') AS r;

    RETURN QUERY
    SELECT o.office_code, o.office_name, o.is_catch_all, r.plz_from, r.plz_to
    FROM core.office AS o
    LEFT JOIN core.office_plz_range AS r ON o.office_id = r.office_id
    ORDER BY o.office_id, r.plz_from;
END
$$;
