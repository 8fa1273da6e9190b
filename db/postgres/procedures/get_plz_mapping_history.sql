-- app.get_plz_mapping_history: every change of the PLZ-to-office mapping, newest
-- first, from system time (core.office_plz_range and history.office_plz_range): when,
-- who (last_edited_by of the ranges that began then; NULL = the system, or ranges
-- only ended), and the ranges before and after ('luzern 6000-6499, romandie
-- 1000-2499', by plz_from; NULL = none).
--
-- Callers: admins (the mapping page), DBAs.
-- Result: changed_at, changed_by, ranges_before, ranges_after.
-- Errors: LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.get_plz_mapping_history();
DROP FUNCTION IF EXISTS app.get_plz_mapping_history;
CREATE FUNCTION app.get_plz_mapping_history()
RETURNS TABLE (
    changed_at TIMESTAMPTZ,
    changed_by VARCHAR,
    ranges_before TEXT,
    ranges_after TEXT
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
    WITH version AS (
        SELECT r.office_id, r.plz_from, r.plz_to, r.last_edited_by, r.valid_from, r.valid_to
        FROM core.office_plz_range AS r
        UNION ALL
        SELECT h.office_id, h.plz_from, h.plz_to, h.last_edited_by, h.valid_from, h.valid_to
        FROM history.office_plz_range AS h
    ),

    change AS (
        SELECT v.valid_from AS moment FROM version AS v
        UNION
        SELECT v.valid_to FROM version AS v WHERE v.valid_to < 'infinity'
    )

    SELECT
        c.moment,
        (
            SELECT u.display_name
            FROM version AS v INNER JOIN core.app_user AS u ON v.last_edited_by = u.user_id
            WHERE v.valid_from = c.moment
            LIMIT 1
        ),
        (
            SELECT string_agg(o.office_code || ' ' || v.plz_from || '-' || v.plz_to, ', ' ORDER BY v.plz_from)
            FROM version AS v INNER JOIN core.office AS o ON v.office_id = o.office_id
            WHERE v.valid_from < c.moment AND v.valid_to >= c.moment
        ),
        (
            SELECT string_agg(o.office_code || ' ' || v.plz_from || '-' || v.plz_to, ', ' ORDER BY v.plz_from)
            FROM version AS v INNER JOIN core.office AS o ON v.office_id = o.office_id
            WHERE v.valid_from <= c.moment AND v.valid_to > c.moment
        )
    FROM change AS c
    ORDER BY c.moment DESC;
END
$$;
