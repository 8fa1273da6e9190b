-- app.my_calendar_feed: whether the caller has a calendar feed link, and since when.
--
-- Callers: the profile page; any user, for themselves. The link itself is never shown
-- again (only its secret's SHA-256 is kept): a lost link is replaced by a new one
-- (app.create_calendar_feed).
-- Parameters: none.
-- Result: user_id, created_at, revoked_at (NULL: the link works); no row when the
-- caller never made one.
-- Errors: LB401 no active user.
-- Example: SELECT * FROM app.my_calendar_feed();
DROP FUNCTION IF EXISTS app.my_calendar_feed;
CREATE FUNCTION app.my_calendar_feed()
RETURNS TABLE (
    user_id INTEGER,
    created_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
BEGIN
    SELECT r.user_id INTO v_caller_id FROM security.require_caller() AS r;

    RETURN QUERY
    SELECT f.user_id, f.created_at, f.revoked_at
    FROM core.calendar_feed AS f
    WHERE f.user_id = v_caller_id;
END
$$;
