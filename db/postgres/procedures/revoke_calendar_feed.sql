-- app.revoke_calendar_feed: the caller's calendar feed link stops working at once.
--
-- Callers: the profile page; any user, for themselves. The secret's hash is
-- forgotten (core.calendar_feed.secret_hash NULL, revoked_at stamped), so the link
-- reads like any unknown one: an empty calendar. Idempotent: revoking a revoked link
-- keeps its first revoked_at.
-- Parameters: none.
-- Result: user_id, created_at, revoked_at; no row when the caller never made a link.
-- Errors: LB401 no active user.
-- Example: SELECT * FROM app.revoke_calendar_feed();
DROP FUNCTION IF EXISTS app.revoke_calendar_feed;
CREATE FUNCTION app.revoke_calendar_feed()
RETURNS TABLE (
    user_id INTEGER,
    created_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
BEGIN
    SELECT r.user_id INTO v_caller_id FROM security.require_caller() AS r;

    UPDATE core.calendar_feed AS f
    SET secret_hash = NULL, revoked_at = now(), last_edited_by = v_caller_id
    WHERE f.user_id = v_caller_id AND f.revoked_at IS NULL;

    RETURN QUERY
    SELECT f.user_id, f.created_at, f.revoked_at
    FROM core.calendar_feed AS f
    WHERE f.user_id = v_caller_id;
END
$$;
