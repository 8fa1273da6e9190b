-- core.user_office_codes: a user's offices as one comma-separated, sorted list of
-- office codes ('egeli,luzern'); NULL when the user has none.
-- Callers: app.whoami, app.list_users, app.save_user (their office_codes column).
DROP FUNCTION IF EXISTS core.user_office_codes;
CREATE FUNCTION core.user_office_codes(p_user_id INTEGER)
RETURNS TABLE (office_codes VARCHAR)
LANGUAGE sql
STABLE
AS $$
    SELECT string_agg(o.office_code, ',' ORDER BY o.office_code)::varchar AS office_codes
    FROM core.user_office AS uo
    INNER JOIN core.office AS o ON uo.office_id = o.office_id
    WHERE uo.user_id = p_user_id;
$$;
