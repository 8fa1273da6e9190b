-- core.user_office_codes: a user's offices as one comma-separated, sorted list of
-- office codes ('egeli,luzern'), as far as the caller may see them: the offices the
-- caller shares with the user, or all of them for an admin (who manages every user).
-- A manager never learns which other offices a shared colleague works for. NULL when
-- there is none to show.
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
    WHERE
        uo.user_id = p_user_id
        AND (
            uo.office_id = ANY (security.caller_offices())
            OR EXISTS (SELECT 1 FROM security.caller() AS c WHERE c.role_code = 'admin')
        );
$$;
