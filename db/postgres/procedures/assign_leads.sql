-- app.assign_leads: give many leads to one representative at once, or hand over every
-- open lead a representative holds (absence, workload). The one rule of manager
-- assignment: app.assign_lead is its one-lead case and calls it.
--
-- Callers: managers and admins (web tier: the lead list and the team page; DBAs).
-- Parameters: p_lead_ids BIGINT[] (the leads; duplicates count once; NULL or empty when
-- p_from_user_id is given); p_user_id (required: an active representative of every
-- lead's office, who gets them); p_note (<= 500; required when a lead is taken from
-- another representative, and so always with p_from_user_id); p_from_user_id (NULL;
-- instead of p_lead_ids: every open lead this representative of the caller's offices
-- holds now, active or not); p_dry_run (false: check everything, change nothing, return
-- the rows the real run would, assignment_id and assigned_at NULL where a lead would
-- change hands).
-- Result, one row per lead by lead_id: assignment_id, lead_id, user_id, assigned_at,
-- previous_user_id (NULL: nobody had it; = user_id: already theirs, nothing changed,
-- the current assignment is returned).
-- All or nothing: the first problem found stops the call before anything changes.
-- A lead nobody had gets reason_code assigned, one taken from a colleague reassigned
-- (with the note); a new lead becomes assigned.
-- Errors, in this order (the first problem named): LB400 invalid parameters (every one
-- in one message); LB401 no active user; LB403 caller is a representative; LB400
-- from_user_id is not a representative of the caller's offices (the same for a missing
-- user); LB404 the lowest lead id that does not exist or belongs to another office;
-- LB409 the lowest lead id that is won, lost or do_not_contact; LB400 user_id is not an
-- active representative of a lead's office; LB400 a reassignment without a note.
-- T-SQL twin: db/procedures/assign_leads.sql (@lead_ids core.lead_id_list).
-- Examples:
--   SELECT * FROM app.assign_leads(p_lead_ids => ARRAY[42, 43]::bigint[], p_user_id => 7,
--       p_note => 'Workload', p_dry_run => true);
--   SELECT * FROM app.assign_leads(p_from_user_id => 8, p_user_id => 7, p_note => 'Holiday until 14 March');
DROP FUNCTION IF EXISTS app.assign_leads;
CREATE FUNCTION app.assign_leads(
    p_lead_ids BIGINT[] DEFAULT NULL,
    p_user_id INTEGER DEFAULT NULL,
    p_note VARCHAR DEFAULT NULL,
    p_from_user_id INTEGER DEFAULT NULL,
    p_dry_run BOOLEAN DEFAULT FALSE
)
RETURNS TABLE (
    assignment_id BIGINT,
    lead_id BIGINT,
    user_id INTEGER,
    assigned_at TIMESTAMPTZ,
    previous_user_id INTEGER
)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_problems text[] := '{}';
    v_caller_id integer;
    v_caller_role varchar;
    v_offices smallint[];
    v_given bigint[] := ARRAY(SELECT DISTINCT i FROM unnest(p_lead_ids) AS i WHERE i IS NOT NULL ORDER BY i);
    v_ids bigint[];
    v_reason varchar := nullif(btrim(left(p_note, 500)), '');
    v_problem_id bigint;
    v_problem_status varchar;
    v_ended_leads bigint[];
    v_ended_users integer[];
BEGIN
    IF cardinality(v_given) = 0 AND p_from_user_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter lead_ids is not supported. It must name at least one lead unless from_user_id is given.'::text;
    ELSIF array_position(p_lead_ids, NULL) IS NOT NULL THEN
        v_problems := v_problems || 'The value for the parameter lead_ids is not supported. It must not contain empty values.'::text;
    ELSIF cardinality(v_given) > 0 AND p_from_user_id IS NOT NULL THEN
        v_problems := v_problems || 'The value for the parameter lead_ids is not supported. It must be empty when from_user_id is given.'::text;
    END IF;
    IF p_user_id IS NULL THEN
        v_problems := v_problems || 'The value for the parameter user_id is not supported. It must not be empty.'::text;
    END IF;
    IF length(p_note) > 500 THEN
        v_problems := v_problems || 'The value for the parameter note is not supported. It must not be longer than 500 characters.'::text;
    ELSIF p_from_user_id IS NOT NULL AND v_reason IS NULL THEN
        v_problems := v_problems || 'The value for the parameter note is not supported. It must give the reason for the reassignment.'::text;
    END IF;
    IF p_from_user_id = p_user_id THEN
        v_problems := v_problems || 'The value for the parameter from_user_id is not supported. It must not be the representative who gets the leads.'::text;
    END IF;
    IF p_dry_run IS NULL THEN
        v_problems := v_problems || 'The value for the parameter dry_run is not supported. Supported values are 0 and 1.'::text;
    END IF;
    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = array_to_string(v_problems, '; ');
    END IF;

    SELECT r.user_id, r.role_code INTO v_caller_id, v_caller_role
    FROM security.require_caller(ARRAY['manager', 'admin'], 'Only managers and admins may assign leads.') AS r;
    v_offices := security.caller_offices();

    -- A representative of the caller's offices, present or not; any other user (of
    -- another office, missing, not a representative) gets the same answer.
    IF p_from_user_id IS NOT NULL AND NOT EXISTS (
        SELECT 1
        FROM core.app_user AS u
        INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
        WHERE u.user_id = p_from_user_id AND u.role_code = 'representative' AND uo.office_id = ANY (v_offices)
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter from_user_id is not supported. It must be a representative of your offices.';
    END IF;

    IF p_from_user_id IS NULL THEN
        -- Another office's lead fails here, as early and as fast as a missing one
        -- (functions/lead_in_offices.sql); the rows are then read under RLS.
        SELECT min(i) INTO v_problem_id FROM unnest(v_given) AS i WHERE NOT core.lead_in_offices(v_offices, i);
        IF v_problem_id IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('The lead %s was not found.', v_problem_id);
        END IF;
        -- Shared routing lock, as on SQL Server (core.routing_lock): not during routing.
        PERFORM core.routing_lock('Shared');
        -- Locked in one order, so that two calls on overlapping leads cannot deadlock.
        v_ids := ARRAY(
            SELECT l.lead_id FROM core.lead AS l WHERE l.lead_id = ANY (v_given) ORDER BY l.lead_id FOR UPDATE
        );
        SELECT min(i) INTO v_problem_id FROM unnest(v_given) AS i WHERE i <> ALL (v_ids);
        IF v_problem_id IS NOT NULL THEN  -- merged or erased meanwhile
            RAISE EXCEPTION USING ERRCODE = 'LB404', MESSAGE = format('The lead %s was not found.', v_problem_id);
        END IF;
    ELSE
        PERFORM core.routing_lock('Shared');
        v_ids := ARRAY(
            SELECT l.lead_id
            FROM core.lead AS l
            INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_open
            WHERE EXISTS (
                SELECT 1 FROM core.lead_assignment AS a
                WHERE a.lead_id = l.lead_id AND a.assigned_until IS NULL AND a.user_id = p_from_user_id
            )
            ORDER BY l.lead_id
            FOR UPDATE OF l
        );
    END IF;

    SELECT l.lead_id, l.status INTO v_problem_id, v_problem_status
    FROM core.lead AS l
    INNER JOIN core.lead_status AS s ON l.status = s.code AND s.is_final
    WHERE l.lead_id = ANY (v_ids)
    ORDER BY l.lead_id
    LIMIT 1;
    IF v_problem_id IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB409',
            MESSAGE = format('The lead %s is %s and cannot be assigned.', v_problem_id, v_problem_status);
    END IF;

    IF EXISTS (
        SELECT 1
        FROM core.lead AS l
        WHERE l.lead_id = ANY (v_ids) AND NOT EXISTS (
            SELECT 1
            FROM core.app_user AS u
            INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
            WHERE
                u.user_id = p_user_id AND u.is_active AND u.role_code = 'representative'
                AND uo.office_id = l.office_id
        )
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter user_id is not supported. It must be an active representative of the lead''s office.';
    END IF;

    -- The current assignments, locked as well.
    PERFORM 1 FROM core.lead_assignment AS a
    WHERE a.lead_id = ANY (v_ids) AND a.assigned_until IS NULL
    ORDER BY a.lead_id
    FOR UPDATE;

    SELECT min(a.lead_id) INTO v_problem_id
    FROM core.lead_assignment AS a
    WHERE a.lead_id = ANY (v_ids) AND a.assigned_until IS NULL AND a.user_id <> p_user_id AND v_reason IS NULL;
    IF v_problem_id IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400', MESSAGE = format(
            'The value for the parameter note is not supported. It must give the reason for the reassignment of the lead %s.',
            v_problem_id
        );
    END IF;

    IF p_dry_run THEN
        RETURN QUERY
        SELECT
            CASE WHEN a.user_id = p_user_id THEN a.assignment_id END,
            i.lead_id,
            p_user_id,
            CASE WHEN a.user_id = p_user_id THEN a.assigned_at END,
            a.user_id
        FROM unnest(v_ids) AS i (lead_id)
        LEFT JOIN core.lead_assignment AS a ON i.lead_id = a.lead_id AND a.assigned_until IS NULL
        ORDER BY i.lead_id;
        RETURN;
    END IF;

    WITH ended AS (
        UPDATE core.lead_assignment AS a
        SET assigned_until = now(), last_edited_by = v_caller_id
        WHERE a.lead_id = ANY (v_ids) AND a.assigned_until IS NULL AND a.user_id <> p_user_id
        RETURNING a.lead_id, a.user_id
    )

    SELECT array_agg(e.lead_id), array_agg(e.user_id) INTO v_ended_leads, v_ended_users FROM ended AS e;

    -- Every lead without a current assignment now changes hands.
    UPDATE core.lead AS l
    SET status = 'assigned', last_edited_by = v_caller_id
    WHERE
        l.lead_id = ANY (v_ids) AND l.status = 'new'
        AND NOT EXISTS (SELECT 1 FROM core.lead_assignment AS a WHERE a.lead_id = l.lead_id AND a.assigned_until IS NULL);

    RETURN QUERY
    WITH ended AS (
        SELECT e.lead_id, e.user_id FROM unnest(v_ended_leads, v_ended_users) AS e (lead_id, user_id)
    ),

    kept AS (
        SELECT a.assignment_id, a.lead_id, a.assigned_at
        FROM core.lead_assignment AS a
        WHERE a.lead_id = ANY (v_ids) AND a.assigned_until IS NULL
    ),

    fresh AS (
        INSERT INTO core.lead_assignment AS a (lead_id, office_id, user_id, assigned_by, note, last_edited_by, reason_code)
        SELECT
            l.lead_id, l.office_id, p_user_id, v_caller_id, p_note, v_caller_id,
            CASE WHEN e.lead_id IS NULL THEN 'assigned' ELSE 'reassigned' END
        FROM core.lead AS l
        LEFT JOIN ended AS e ON l.lead_id = e.lead_id
        WHERE l.lead_id = ANY (v_ids) AND NOT EXISTS (SELECT 1 FROM kept AS k WHERE k.lead_id = l.lead_id)
        RETURNING a.assignment_id, a.lead_id, a.assigned_at
    )

    SELECT
        coalesce(f.assignment_id, k.assignment_id),
        i.lead_id,
        p_user_id,
        coalesce(f.assigned_at, k.assigned_at),
        CASE WHEN k.lead_id IS NOT NULL THEN p_user_id ELSE e.user_id END
    FROM unnest(v_ids) AS i (lead_id)
    LEFT JOIN fresh AS f ON i.lead_id = f.lead_id
    LEFT JOIN kept AS k ON i.lead_id = k.lead_id
    LEFT JOIN ended AS e ON i.lead_id = e.lead_id
    ORDER BY i.lead_id;
END
$$;
