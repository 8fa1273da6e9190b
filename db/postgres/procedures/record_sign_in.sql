-- app.record_sign_in: the sign-in throttle. Records an attempt and says whether it
-- signs the user in, failed, or is refused because of a lockout.
--
-- Callers: the web tier's sign-in, after it has verified the password (argon2id,
-- against a dummy hash when the login is unknown) and before it starts a session;
-- only members of leadbase_web.
-- Rule: a login with 5 failed attempts within the last 10 minutes (since its last
-- successful sign-in), or a client address with 20, is locked out until the oldest
-- of those failures is 10 minutes old. A locked-out attempt is recorded as such and
-- refused even with the right password; it does not extend the lockout. The rule is
-- the same for logins that do not exist, so a lockout tells nothing about a login.
-- Parameters:
--   p_login_name      what was typed (required; compared in lower case, trimmed)
--   p_client_address  the client's IP address (required, at most 45 characters)
--   p_password_ok     true when the password matched an active user's hash (required)
-- Result: one row outcome ('signed_in', 'failed', 'locked_out'), user_id (only when
-- signed in), retry_after_seconds (only when locked out).
-- Errors: LB400 a parameter is missing or too long (all listed); LB403 the caller is
-- not the web tier's login.
-- Example: SELECT * FROM app.record_sign_in(p_login_name => 'anna.meier',
--              p_client_address => '192.0.2.10', p_password_ok => false);
DROP FUNCTION IF EXISTS app.record_sign_in;
CREATE FUNCTION app.record_sign_in(
    p_login_name VARCHAR,
    p_client_address VARCHAR,
    p_password_ok BOOLEAN
)
RETURNS TABLE (
    outcome VARCHAR,
    user_id INTEGER,
    retry_after_seconds INTEGER
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c_login_limit CONSTANT integer := 5;
    c_address_limit CONSTANT integer := 20;
    c_window CONSTANT interval := interval '10 minutes';
    v_problems text[] := ARRAY[]::text[];
    v_login varchar := left(lower(trim(p_login_name)), 100);
    v_now timestamptz := clock_timestamp();
    v_user_id integer;
    v_last_success timestamptz;
    v_login_unlock timestamptz;
    v_address_unlock timestamptz;
    v_unlock timestamptz;
    v_outcome varchar;
BEGIN
    IF NOT pg_has_role(session_user, 'leadbase_web', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = 'LB403',
            MESSAGE = 'Only the web tier''s login (leadbase_web) may record sign-ins.';
    END IF;
    IF nullif(trim(p_login_name), '') IS NULL THEN
        v_problems := v_problems || 'The value for the parameter login_name is not supported. It must not be empty.'::text;
    END IF;
    IF nullif(trim(p_client_address), '') IS NULL OR length(trim(p_client_address)) > 45 THEN
        v_problems := v_problems || 'The value for the parameter client_address is not supported. It must be an IP address of 1 to 45 characters.'::text;
    END IF;
    IF p_password_ok IS NULL THEN
        v_problems := v_problems || 'The value for the parameter password_ok is not supported. It must be true or false.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    -- One attempt per login at a time, so that parallel guesses are counted in turn.
    PERFORM pg_advisory_xact_lock(hashtext('leadbase.sign_in:' || v_login));

    SELECT u.user_id INTO v_user_id FROM core.app_user AS u WHERE u.login_name = v_login;
    SELECT max(e.happened_at) INTO v_last_success
    FROM core.sign_in_event AS e
    WHERE e.login_name = v_login AND e.outcome = 'signed_in' AND e.happened_at > v_now - c_window;

    -- When the limit-th most recent failure leaves the window (NULL: fewer failures).
    SELECT f.happened_at + c_window INTO v_login_unlock
    FROM core.sign_in_event AS f
    WHERE f.login_name = v_login AND f.outcome = 'failed' AND f.happened_at > v_now - c_window
        AND (v_last_success IS NULL OR f.happened_at > v_last_success)
    ORDER BY f.happened_at DESC
    OFFSET c_login_limit - 1 LIMIT 1;
    SELECT f.happened_at + c_window INTO v_address_unlock
    FROM core.sign_in_event AS f
    WHERE f.client_address = trim(p_client_address) AND f.outcome = 'failed'
        AND f.happened_at > v_now - c_window
    ORDER BY f.happened_at DESC
    OFFSET c_address_limit - 1 LIMIT 1;
    v_unlock := greatest(v_login_unlock, v_address_unlock);

    v_outcome := CASE
        WHEN v_unlock IS NOT NULL THEN 'locked_out'
        WHEN p_password_ok THEN 'signed_in'
        ELSE 'failed'
    END;
    INSERT INTO core.sign_in_event (happened_at, login_name, client_address, user_id, outcome)
    VALUES (v_now, v_login, trim(p_client_address), v_user_id, v_outcome);

    RETURN QUERY SELECT
        v_outcome,
        CASE WHEN v_outcome = 'signed_in' THEN v_user_id END,
        CASE WHEN v_outcome = 'locked_out' THEN ceil(extract(EPOCH FROM v_unlock - v_now))::integer END;
END
$$;
