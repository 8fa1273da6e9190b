-- app.create_calendar_feed: a new secret link to the caller's calendar feed (their
-- follow-ups, app.read_calendar_feed); the caller's previous link stops working.
--
-- Callers: the profile page; any user, for themselves (the feed carries the leads
-- assigned to them). The secret is 32 random bytes from pgcrypto's
-- gen_random_bytes (SQL Server: CRYPT_GEN_RANDOM), returned once as 64 lower-case
-- hexadecimal characters; only its SHA-256 is stored (core.calendar_feed), so it
-- cannot be shown again. 256 random bits: guessing a live link is out of reach at
-- any request rate.
-- Parameters: none.
-- Result: user_id, secret, created_at.
-- Errors: LB401 no active user.
-- Example: SELECT * FROM app.create_calendar_feed();
DROP FUNCTION IF EXISTS app.create_calendar_feed;
CREATE FUNCTION app.create_calendar_feed()
RETURNS TABLE (
    user_id INTEGER,
    secret VARCHAR,
    created_at TIMESTAMPTZ
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_secret varchar := encode(core.gen_random_bytes(32), 'hex');
    v_now timestamptz := now();
BEGIN
    SELECT r.user_id INTO v_caller_id FROM security.require_caller() AS r;

    INSERT INTO core.calendar_feed AS f (user_id, secret_hash, created_at, revoked_at, last_edited_by)
    VALUES (v_caller_id, sha256(convert_to(v_secret, 'UTF8')), v_now, NULL, v_caller_id)
    ON CONFLICT ON CONSTRAINT pk_core_calendar_feed DO UPDATE
    SET secret_hash = excluded.secret_hash, created_at = excluded.created_at, revoked_at = NULL,
    last_edited_by = excluded.last_edited_by;

    RETURN QUERY SELECT v_caller_id, v_secret, v_now;
END
$$;
