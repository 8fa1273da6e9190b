-- app.get_user_history: every change of a user, newest first, from system time
-- (core.app_user, core.user_office and their history tables): when, who (the
-- last_edited_by of what began or ended then; NULL = the system), and the user as
-- it was from then on; password_changed: the hash differs from the version before.
--
-- Callers: admins (any user), managers (users sharing an office, as app.list_users).
-- Parameters: p_login_name (required).
-- Result: changed_at, changed_by, display_name, role_code, office_codes, is_active,
-- lead_capacity, password_changed.
-- Errors: LB401 no active user; LB403 a representative; LB404 the user was not found
-- (also when the caller may not see the user).
-- Example: SELECT * FROM app.get_user_history(p_login_name => 'anna.meier');
DROP FUNCTION IF EXISTS app.get_user_history;
CREATE FUNCTION app.get_user_history(p_login_name VARCHAR)
RETURNS TABLE (
    changed_at TIMESTAMPTZ,
    changed_by VARCHAR,
    display_name VARCHAR,
    role_code VARCHAR,
    office_codes TEXT,
    is_active BOOLEAN,
    lead_capacity SMALLINT,
    password_changed BOOLEAN
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_caller_role varchar;
    v_user_id integer;
BEGIN
    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role
    FROM security.require_caller(ARRAY['manager', 'admin'], 'Only managers and admins may see users.') AS r;

    SELECT u.user_id INTO v_user_id
    FROM core.app_user AS u
    WHERE u.login_name = p_login_name
        AND (
            v_caller_role = 'admin'
            OR EXISTS (
                SELECT 1
                FROM core.user_office AS mine
                INNER JOIN core.user_office AS theirs ON mine.office_id = theirs.office_id
                WHERE mine.user_id = v_caller_id AND theirs.user_id = u.user_id
            )
        );
    IF v_user_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('The user %s was not found.', p_login_name);
    END IF;

    RETURN QUERY
    WITH user_version AS (
        SELECT
            v.display_name, v.role_code, v.is_active, v.lead_capacity, v.last_edited_by, v.valid_from,
            -- The hash differs from the version before (NULL to a hash included).
            row_number() OVER (ORDER BY v.valid_from, v.valid_to) > 1
            AND lag(v.password_hash) OVER (ORDER BY v.valid_from, v.valid_to) IS DISTINCT FROM v.password_hash AS password_changed
        FROM (
            SELECT a.* FROM core.app_user AS a WHERE a.user_id = v_user_id
            UNION ALL
            SELECT h.* FROM history.app_user AS h WHERE h.user_id = v_user_id
        ) AS v
    ),

    office_version AS (
        SELECT o.office_code, uo.last_edited_by, uo.valid_from, uo.valid_to
        FROM (
            SELECT a.office_id, a.last_edited_by, a.valid_from, a.valid_to
            FROM core.user_office AS a WHERE a.user_id = v_user_id
            UNION ALL
            SELECT h.office_id, h.last_edited_by, h.valid_from, h.valid_to
            FROM history.user_office AS h WHERE h.user_id = v_user_id
        ) AS uo
        INNER JOIN core.office AS o ON uo.office_id = o.office_id
    ),

    edit AS (
        SELECT uv.valid_from AS moment, uv.last_edited_by FROM user_version AS uv
        UNION ALL
        SELECT ov.valid_from, ov.last_edited_by FROM office_version AS ov
        UNION ALL
        SELECT ov.valid_to, ov.last_edited_by FROM office_version AS ov WHERE ov.valid_to < 'infinity'
    )

    SELECT
        c.moment,
        (
            SELECT u.display_name FROM edit AS e INNER JOIN core.app_user AS u ON e.last_edited_by = u.user_id
            WHERE e.moment = c.moment LIMIT 1
        ),
        s.display_name,
        s.role_code,
        (
            SELECT string_agg(ov.office_code, ',' ORDER BY ov.office_code) FROM office_version AS ov
            WHERE ov.valid_from <= c.moment AND ov.valid_to > c.moment
        ),
        s.is_active,
        s.lead_capacity,
        s.valid_from = c.moment AND s.password_changed
    FROM (SELECT DISTINCT e.moment FROM edit AS e) AS c
    CROSS JOIN LATERAL (
        SELECT uv.* FROM user_version AS uv WHERE uv.valid_from <= c.moment ORDER BY uv.valid_from DESC LIMIT 1
    ) AS s
    ORDER BY c.moment DESC;
END
$$;
