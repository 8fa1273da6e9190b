-- app.route_leads: move every lead whose office differs from what its PLZ maps to,
-- with its assignments and events, in one transaction. A moved lead's current
-- assignment ends (the representative belongs to the old office and can no longer
-- see it) and an 'assigned' lead becomes 'new' again, ready for its new office.
--
-- Callers: admins; app.set_plz_mapping after it replaced the ranges. Normally there is
-- nothing to move: routing happens when a lead is added and when the mapping changes.
-- Parameters: p_dry_run (default false): report the moves and change nothing.
-- Result: from_office_code, to_office_code, lead_count (one row per move direction,
-- the same for dry and real runs).
-- Errors: LB400 dry_run missing; LB401 no active user; LB403 caller not an admin.
-- Logged in core.command_log (call, user, start, end, rows moved).
-- Example: SELECT * FROM app.route_leads(p_dry_run => true);
--
-- Owned by leadbase_router (BYPASSRLS): re-routing must see every office. The admin
-- check below is what keeps everyone else out.
DROP FUNCTION IF EXISTS app.route_leads;
CREATE FUNCTION app.route_leads(p_dry_run BOOLEAN DEFAULT FALSE)
RETURNS TABLE (from_office_code VARCHAR, to_office_code VARCHAR, lead_count BIGINT)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_caller_id integer;
    v_caller_role varchar;
    v_started_at TIMESTAMPTZ := clock_timestamp();
    v_rows integer := 0;
BEGIN
    IF p_dry_run IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter dry_run is not supported. It must be true or false.';
    END IF;
    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role FROM security.require_caller(ARRAY['admin'], 'Only admins may route leads.') AS r;

    IF NOT p_dry_run THEN
        -- Exclusive routing lock: app.add_lead waits until the new mapping is in place.
        PERFORM core.routing_lock('Exclusive');
    END IF;


    FOR from_office_code, to_office_code, lead_count IN
        WITH plan AS MATERIALIZED (
            SELECT p.lead_id, p.from_office_id, p.to_office_id FROM core.plan_routing(NULL) AS p
        ),

        moved_lead AS (
            UPDATE core.lead AS l
            SET
                office_id = p.to_office_id,
                status = CASE WHEN l.status = 'assigned' THEN 'new' ELSE l.status END,
                last_edited_by = v_caller_id
            FROM plan AS p
            WHERE NOT p_dry_run AND l.lead_id = p.lead_id
        ),

        moved_assignment AS (
            UPDATE core.lead_assignment AS a
            SET
                office_id = p.to_office_id,
                assigned_until = coalesce(a.assigned_until, now()),
                last_edited_by = v_caller_id
            FROM plan AS p
            WHERE NOT p_dry_run AND a.lead_id = p.lead_id
        ),

        moved_event AS (
            UPDATE core.lead_event AS e
            SET office_id = p.to_office_id, last_edited_by = v_caller_id
            FROM plan AS p
            WHERE NOT p_dry_run AND e.lead_id = p.lead_id
        ),

        moved_feedback AS (
            UPDATE core.lead_feedback AS f
            SET office_id = p.to_office_id
            FROM plan AS p
            WHERE NOT p_dry_run AND f.lead_id = p.lead_id
        ),

        -- A moved lead's learned score was the old office's model's: it goes back to
        -- the initial score under its new office (the next rescore learns it there).
        moved_score AS (
            UPDATE core.lead_score AS s
            SET
                office_id = p.to_office_id, model_id = NULL, score = l.score, log_odds = NULL, scored_at = now(),
                noga_section = NULL, noga_division = NULL, size_category = NULL, region = NULL, partner = NULL,
                batch_age = NULL, contacts = NULL, completeness = NULL, feedback = NULL
            FROM plan AS p
            INNER JOIN core.lead AS l ON p.lead_id = l.lead_id
            WHERE NOT p_dry_run AND s.lead_id = p.lead_id
        ),

        -- A rescored office has a score row for every lead (core.rank_next_leads walks them).
        added_score AS (
            INSERT INTO core.lead_score (lead_id, office_id, score)
            SELECT p.lead_id, p.to_office_id, l.score
            FROM plan AS p
            INNER JOIN core.lead AS l ON p.lead_id = l.lead_id
            WHERE
                NOT p_dry_run
                AND NOT EXISTS (SELECT 1 FROM core.lead_score AS s WHERE s.lead_id = p.lead_id)
                AND EXISTS (
                    SELECT 1 FROM core.scoring_model AS m
                    WHERE m.office_id = p.to_office_id AND m.rescored_at IS NOT NULL
                )
        )

        SELECT f.office_code, t.office_code, count(*)
        FROM plan AS p
        INNER JOIN core.office AS f ON p.from_office_id = f.office_id
        INNER JOIN core.office AS t ON p.to_office_id = t.office_id
        GROUP BY f.office_code, t.office_code
        ORDER BY f.office_code, t.office_code
    LOOP
        v_rows := v_rows + lead_count;
        RETURN NEXT;
    END LOOP;

    -- Only a successful run is kept here (db/CONTRACT.md, "Transactions").
    PERFORM core.log_command(
        'app.route_leads', format('app.route_leads(p_dry_run => %s)', p_dry_run), v_caller_id, p_dry_run, v_started_at, v_rows
    );
END
$$;
ALTER FUNCTION app.route_leads OWNER TO leadbase_router;
