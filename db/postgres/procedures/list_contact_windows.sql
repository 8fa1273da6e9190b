-- app.list_contact_windows: the do-not-contact windows (admins): the global rule and
-- each office's own rules, by the lead status they follow; with p_history every
-- version from system time (core.contact_window and history.contact_window), newest
-- first: what each window was, from when, until when, and who set it.
--
-- Parameters: p_history (false: the current windows; true: every version).
-- Result: office_code (NULL = the global rule), status_code, window_months (NULL =
-- never expires), changed_at (the version's valid_from), changed_by (display name;
-- NULL = the system), valid_to (NULL for the current version). Current windows are
-- sorted by office (global first) and status order; history newest first.
-- Errors: LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.list_contact_windows(p_history => true);
DROP FUNCTION IF EXISTS app.list_contact_windows;
CREATE FUNCTION app.list_contact_windows(p_history BOOLEAN DEFAULT FALSE)
RETURNS TABLE (
    office_code VARCHAR,
    status_code VARCHAR,
    window_months SMALLINT,
    changed_at TIMESTAMPTZ,
    changed_by VARCHAR,
    valid_to TIMESTAMPTZ
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
    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role
    FROM security.require_caller(ARRAY['admin'], 'Only admins may see the contact windows.') AS r;

    RETURN QUERY
    WITH version AS (
        SELECT w.office_id, w.status_code, w.window_months, w.last_edited_by, w.valid_from, NULL::timestamptz AS valid_to
        FROM core.contact_window AS w
        UNION ALL
        SELECT h.office_id, h.status_code, h.window_months, h.last_edited_by, h.valid_from, h.valid_to
        FROM history.contact_window AS h
        WHERE coalesce(p_history, FALSE)
    )

    SELECT o.office_code, v.status_code, v.window_months, v.valid_from, u.display_name, v.valid_to
    FROM version AS v
    LEFT JOIN core.office AS o ON v.office_id = o.office_id
    LEFT JOIN core.app_user AS u ON v.last_edited_by = u.user_id
    INNER JOIN core.lead_status AS s ON v.status_code = s.code
    ORDER BY
        CASE WHEN coalesce(p_history, FALSE) THEN v.valid_from END DESC,
        o.office_code NULLS FIRST, s.sort_order, v.valid_to DESC NULLS FIRST;
END
$$;
