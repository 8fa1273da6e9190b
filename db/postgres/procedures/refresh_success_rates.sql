-- app.refresh_success_rates: rebuild the outcome counts behind the next best lead's
-- success factor (core.success_rate) now, for the caller's offices.
--
-- Callers: admins and managers (DBAs, a scheduled job acting as one). Rankings also
-- rebuild an office's counts themselves when they are older than ten minutes
-- (core.refresh_success_rates), so this is needed only to see an outcome at once.
-- Parameters: p_office_code (NULL = every office of the caller).
-- Result (one row per office rebuilt): office_code, outcome_count (closed leads
-- counted), refreshed_at, rate_count (rows of core.success_rate).
-- Errors: LB400 office_code names no office of the caller (another office's code
-- answers like an unknown one); LB401 no active user; LB403 not an admin or manager.
-- Example: SELECT * FROM app.refresh_success_rates(p_office_code => 'luzern');
DROP FUNCTION IF EXISTS app.refresh_success_rates;
CREATE FUNCTION app.refresh_success_rates(p_office_code VARCHAR DEFAULT NULL)
RETURNS TABLE (office_code VARCHAR, outcome_count INTEGER, refreshed_at TIMESTAMPTZ, rate_count INTEGER)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_offices smallint[];
    v_office_id smallint;
BEGIN
    SELECT r.user_id INTO v_caller_id
    FROM security.require_caller(ARRAY['admin', 'manager'], 'Only admins and managers may refresh success rates.') AS r;

    SELECT coalesce(array_agg(o.office_id ORDER BY o.office_id), '{}') INTO v_offices
    FROM core.office AS o
    WHERE o.office_id = ANY (security.caller_offices()) AND (p_office_code IS NULL OR o.office_code = p_office_code);
    IF p_office_code IS NOT NULL AND cardinality(v_offices) = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter office_code is not supported. It must name one of your offices.';
    END IF;

    FOREACH v_office_id IN ARRAY v_offices LOOP
        PERFORM core.refresh_success_rates(v_office_id, 0);
    END LOOP;

    RETURN QUERY
    SELECT
        o.office_code,
        f.outcome_count,
        f.refreshed_at,
        (SELECT count(*)::integer FROM core.success_rate AS r WHERE r.office_id = o.office_id)
    FROM core.office AS o
    INNER JOIN core.success_rate_refresh AS f ON o.office_id = f.office_id
    WHERE o.office_id = ANY (v_offices)
    ORDER BY o.office_code;
END
$$;
