-- app.list_sign_in_events: the sign-in log, newest first (attempts, failures and
-- lockouts recorded by app.record_sign_in).
--
-- Callers: admins.
-- Parameters (all optional): p_login_name (exact, case-insensitive), p_client_address
-- (exact), p_outcome (signed_in | failed | locked_out), p_since (timestamptz),
-- p_limit (1-1000, default 100).
-- Result: sign_in_event_id, happened_at, login_name, client_address, user_id, outcome.
-- Errors: LB400 invalid parameters (all listed); LB401 no active user; LB403 not an admin.
-- Example: SELECT * FROM app.list_sign_in_events(p_outcome => 'locked_out', p_limit => 20);
DROP FUNCTION IF EXISTS app.list_sign_in_events;
CREATE FUNCTION app.list_sign_in_events(
    p_login_name VARCHAR DEFAULT NULL,
    p_client_address VARCHAR DEFAULT NULL,
    p_outcome VARCHAR DEFAULT NULL,
    p_since TIMESTAMPTZ DEFAULT NULL,
    p_limit INTEGER DEFAULT 100
)
RETURNS TABLE (
    sign_in_event_id BIGINT,
    happened_at TIMESTAMPTZ,
    login_name VARCHAR,
    client_address VARCHAR,
    user_id INTEGER,
    outcome VARCHAR
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := ARRAY[]::text[];
BEGIN
    v_problems := v_problems || core.code_problem('sign_in_outcome', 'outcome', p_outcome, false);
    IF p_limit IS NULL OR p_limit NOT BETWEEN 1 AND 1000 THEN
        v_problems := v_problems || 'The value for the parameter limit is not supported. It must be between 1 and 1000.'::text;
    END IF;
    -- core.code_problem is NULL for a good code.
    v_problems := array_remove(v_problems, NULL);
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    PERFORM 1 FROM security.require_caller(ARRAY['admin'], 'Only admins may read the sign-in log.');

    RETURN QUERY
    SELECT e.sign_in_event_id, e.happened_at, e.login_name, e.client_address, e.user_id, e.outcome
    FROM core.sign_in_event AS e
    WHERE
        (p_login_name IS NULL OR e.login_name = left(lower(trim(p_login_name)), 100))
        AND (p_client_address IS NULL OR e.client_address = trim(p_client_address))
        AND (p_outcome IS NULL OR e.outcome = p_outcome)
        AND (p_since IS NULL OR e.happened_at >= p_since)
    ORDER BY e.happened_at DESC, e.sign_in_event_id DESC
    LIMIT p_limit;
END
$$;
