-- app.claim_next_lead: the caller takes their next best lead, atomically.
--
-- Callers: representatives (the home page's "take next lead", DBAs acting as one).
-- Parameters: none.
-- Result (one row, or none when no lead is left to take): assignment_id, lead_id,
-- company_name, score, expected_value, reasons, open_lead_count (after the claim),
-- lead_capacity.
-- The candidates are core.rank_next_leads' list, best first. Each is locked with
-- FOR UPDATE SKIP LOCKED, so parallel claimers never wait for each other and never
-- get the same lead: a lead locked by another claim (or a manager's assignment) is
-- skipped; one assigned since the ranking is seen by the check after the lock (a new
-- statement in READ COMMITTED sees it). The unique index on the current assignment
-- stays the last guard. The caller's own user row is locked first, so two claims of
-- one representative cannot both pass the capacity check. The assignment records
-- reason_code claimed; a new lead becomes assigned.
-- Errors: LB401 no active user; LB403 caller is not a representative; LB409 the
-- caller is at capacity (open leads >= lead_capacity).
-- Example: SELECT * FROM app.claim_next_lead();
DROP FUNCTION IF EXISTS app.claim_next_lead;
CREATE FUNCTION app.claim_next_lead()
RETURNS TABLE (
    assignment_id BIGINT,
    lead_id BIGINT,
    company_name VARCHAR,
    score SMALLINT,
    expected_value NUMERIC(9, 2),
    reasons VARCHAR,
    open_lead_count INTEGER,
    lead_capacity SMALLINT
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_capacity record;
    v_candidate record;
    v_status varchar;
    v_assignment_id bigint;
BEGIN
    SELECT r.user_id INTO v_caller_id
    FROM security.require_caller(ARRAY['representative'], 'Only representatives claim leads.') AS r;

    -- Shared routing lock, as on SQL Server (core.routing_lock): not during routing.
    PERFORM core.routing_lock('Shared');
    -- One claim at a time per representative: the capacity check holds until commit.
    PERFORM 1 FROM core.app_user AS u WHERE u.user_id = v_caller_id FOR NO KEY UPDATE;

    SELECT * INTO v_capacity FROM core.claim_capacity(v_caller_id, TRUE);
    IF v_capacity.open_lead_count >= v_capacity.lead_capacity THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409', MESSAGE = format(
            'You have %s open leads and your capacity is %s: close or hand back a lead before taking another.',
            v_capacity.open_lead_count, v_capacity.lead_capacity
        );
    END IF;

    PERFORM core.refresh_success_rates(v_capacity.office_id);

    FOR v_candidate IN
        SELECT * FROM core.rank_next_leads(v_caller_id, v_capacity.office_id, 200) AS r ORDER BY r.rank_no
    LOOP
        SELECT l.status INTO v_status
        FROM core.lead AS l
        WHERE l.lead_id = v_candidate.lead_id
        FOR UPDATE SKIP LOCKED;
        CONTINUE WHEN NOT FOUND;
        -- Locked: what other transactions committed meanwhile is visible now.
        CONTINUE WHEN EXISTS (
            SELECT 1 FROM core.lead_assignment AS a
            WHERE a.lead_id = v_candidate.lead_id AND a.assigned_until IS NULL
        ) OR NOT EXISTS (
            SELECT 1 FROM core.lead AS l
            INNER JOIN core.lead_status AS s ON l.status = s.code
            WHERE l.lead_id = v_candidate.lead_id AND s.is_open
        );

        INSERT INTO core.lead_assignment AS a (
            lead_id, office_id, user_id, assigned_by, note, last_edited_by, reason_code
        )
        VALUES (
            v_candidate.lead_id, v_capacity.office_id, v_caller_id, v_caller_id, NULL, v_caller_id, 'claimed'
        )
        RETURNING a.assignment_id INTO v_assignment_id;

        UPDATE core.lead AS l
        SET status = 'assigned', last_edited_by = v_caller_id
        WHERE l.lead_id = v_candidate.lead_id AND l.status = 'new';

        RETURN QUERY
        SELECT
            v_assignment_id, l.lead_id, l.company_name, v_candidate.score, v_candidate.expected_value,
            v_candidate.reasons::varchar, v_capacity.open_lead_count + 1, v_capacity.lead_capacity
        FROM core.lead AS l
        WHERE l.lead_id = v_candidate.lead_id;
        RETURN;
    END LOOP;
END
$$;
