-- app.read_calendar_feed: the follow-ups of a calendar feed link's owner, for the
-- web tier's /calendar/<secret>.ics, which nobody signs in to.
--
-- Callers: the web tier's login only (members of leadbase_web, like
-- app.get_user_credentials), in a transaction without a signed-in user. A live
-- secret names its owner (core.calendar_feed, by SHA-256); the function then reads
-- as the owner, through the same row-level security as every other call: it sets
-- the transaction's app.user_id to the owner, checks that security.caller() is that
-- active user, reads, and clears app.user_id again.
-- A follow-up is a lead's current next step (core.latest_next_step: the latest event
-- that set one, as on the home page), when that step has a date; the feed has one
-- per open lead currently assigned to the owner. A lead reassigned, closed, moved to another
-- office or whose latest step has no date drops out.
-- Parameters: p_secret (64 lower-case hexadecimal characters).
-- Result: lead_id, event_id (the event that set the step: with lead_id, the
-- follow-up's stable identity), company_name, ort, next_step (NULL: only a date),
-- next_step_at, event_at (when the step was set); by next_step_at, lead_id.
-- An unknown, malformed or revoked secret, and the link of an inactive user, give no
-- row, as does the link of a user without follow-ups.
-- Errors: LB400 secret missing; LB403 the caller is not the web tier's login;
-- LB409 a user is signed in (the feed is read as its owner only).
-- Example: SELECT * FROM app.read_calendar_feed(p_secret => '3f9c…');
DROP FUNCTION IF EXISTS app.read_calendar_feed;
CREATE FUNCTION app.read_calendar_feed(p_secret VARCHAR)
RETURNS TABLE (
    lead_id BIGINT,
    event_id BIGINT,
    company_name VARCHAR,
    ort VARCHAR,
    next_step VARCHAR,
    next_step_at DATE,
    event_at TIMESTAMPTZ
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_owner_id integer;
BEGIN
    IF NOT pg_has_role(session_user, 'leadbase_web', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = 'Only the web tier''s login (leadbase_web) may read calendar feeds.';
    END IF;
    IF nullif(current_setting('app.user_id', TRUE), '') IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409',
            MESSAGE = 'A calendar feed is read without a signed-in user.';
    END IF;
    IF p_secret IS NULL OR trim(p_secret) = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter secret is not supported. It must not be empty.';
    END IF;

    -- Only a well-formed secret is hashed; anything else is simply unknown.
    SELECT f.user_id INTO v_owner_id
    FROM core.calendar_feed AS f
    WHERE
        p_secret ~ '^[0-9a-f]{64}$'
        AND f.secret_hash = sha256(convert_to(p_secret, 'UTF8'));

    -- Read as the owner (transaction-scoped, cleared below). No owner takes the same
    -- steps and reads nothing, so an unknown secret costs what an empty feed costs.
    PERFORM set_config('app.user_id', coalesce(v_owner_id::text, ''), TRUE);
    IF NOT EXISTS (SELECT 1 FROM security.caller() AS c WHERE c.user_id = v_owner_id) THEN
        v_owner_id := NULL;
    END IF;

    RETURN QUERY
    SELECT l.lead_id, n.event_id, l.company_name, l.ort, n.next_step, n.next_step_at, n.event_at
    FROM core.lead_assignment AS a
    INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
    INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_open
    CROSS JOIN LATERAL core.latest_next_step(l.lead_id) AS n
    WHERE a.user_id = v_owner_id AND a.assigned_until IS NULL AND n.next_step_at IS NOT NULL
    ORDER BY n.next_step_at, l.lead_id;

    PERFORM set_config('app.user_id', '', TRUE);
END
$$;
