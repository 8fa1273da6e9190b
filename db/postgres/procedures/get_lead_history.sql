-- app.get_lead_history: the timeline of one lead, oldest first.
--
-- Callers: the web tier's lead page; DBAs and auditors.
-- Parameters: p_lead_id (required).
-- Result: happened_at, entry_kind (created | changed | assigned | unassigned | call |
-- email | meeting | note | delivered | refreshed | feedback), actor, detail, note,
-- next_step, next_step_at.
--   delivered/refreshed: partner deliveries that created or updated the lead, at the
--     batch's received_at (business time), detail 'partner: file, row 12';
--   created/changed: versions of the lead (history table) where score or office
--     changed, detail like 'score: 25 -> 40, office: egeli -> luzern' (a status change
--     alone is told by the event or assignment that caused it); a lead that came from
--     another office starts with 'routed to <office>' (the earlier versions stay hidden);
--   assigned/unassigned: the assignments, detail = the representative;
--   call/email/meeting/note: the logged events, detail = the status change if any;
--   feedback: a quality rating (app.give_lead_feedback), detail = the reason code
--     (core.feedback_reason), note = its note.
-- No row when the lead does not exist or belongs to another office. Versions from
-- while the lead belonged to another office stay hidden (the history table carries
-- the same policy).
-- Errors: LB400 lead_id missing.
-- Example: SELECT * FROM app.get_lead_history(p_lead_id => 42);
DROP FUNCTION IF EXISTS app.get_lead_history;
CREATE FUNCTION app.get_lead_history(p_lead_id BIGINT)
RETURNS TABLE (
    happened_at TIMESTAMPTZ,
    entry_kind VARCHAR,
    actor VARCHAR,
    detail VARCHAR,
    note VARCHAR,
    next_step VARCHAR,
    next_step_at DATE
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_lead_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'LB400',
            MESSAGE = 'The value for the parameter lead_id is not supported. It must not be empty.';
    END IF;
    -- Another office's lead returns here, as early and as fast as a missing one
    -- (functions/lead_in_offices.sql).
    IF NOT core.lead_in_offices(security.caller_offices(), p_lead_id) THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM core.lead AS l WHERE l.lead_id = p_lead_id) THEN
        RETURN;
    END IF;

    RETURN QUERY
    WITH version AS (
        SELECT
            v.valid_from, v.created_at, v.last_edited_by, v.status, v.score, o.office_code,
            lag(v.status) OVER w AS prev_status,
            lag(v.score) OVER w AS prev_score,
            lag(o.office_code) OVER w AS prev_office_code
        FROM (
            SELECT h.valid_from, h.valid_to, h.created_at, h.last_edited_by, h.status, h.score, h.office_id
            FROM history.lead AS h
            WHERE h.lead_id = p_lead_id
            UNION ALL
            SELECT l.valid_from, l.valid_to, l.created_at, l.last_edited_by, l.status, l.score, l.office_id
            FROM core.lead AS l
            WHERE l.lead_id = p_lead_id
        ) AS v
        INNER JOIN core.office AS o ON v.office_id = o.office_id
        -- valid_to breaks ties: versions of one transaction share valid_from.
        WINDOW w AS (ORDER BY v.valid_from, v.valid_to)
    ),

    timeline AS (
        SELECT
            v.valid_from AS happened_at,
            CASE WHEN v.prev_status IS NULL AND v.valid_from = v.created_at THEN 'created' ELSE 'changed' END
                AS entry_kind,
            v.last_edited_by AS actor_id,
            CASE
                WHEN v.prev_status IS NULL AND v.valid_from = v.created_at
                    THEN concat('status: ', v.status, ', score: ', v.score, ', office: ', v.office_code)
                -- The versions before it belonged to another office, whose rows stay hidden.
                WHEN v.prev_status IS NULL THEN concat('routed to ', v.office_code)
                ELSE concat_ws(', ',
                    CASE WHEN v.status IS DISTINCT FROM v.prev_status
                        THEN concat('status: ', v.prev_status, ' -> ', v.status) END,
                    CASE WHEN v.score IS DISTINCT FROM v.prev_score
                        THEN concat('score: ', v.prev_score, ' -> ', v.score) END,
                    CASE WHEN v.office_code IS DISTINCT FROM v.prev_office_code
                        THEN concat('office: ', v.prev_office_code, ' -> ', v.office_code) END)
            END AS detail,
            NULL::varchar AS note, NULL::varchar AS next_step, NULL::date AS next_step_at, 1 AS kind_order
        FROM version AS v
        -- A status change alone is told by the event or assignment that caused it.
        WHERE
            v.prev_status IS NULL
            OR v.score IS DISTINCT FROM v.prev_score
            OR v.office_code IS DISTINCT FROM v.prev_office_code
        UNION ALL
        SELECT a.assigned_at, 'assigned', a.assigned_by, r.display_name, a.note, NULL, NULL, 2
        FROM core.lead_assignment AS a
        INNER JOIN core.app_user AS r ON a.user_id = r.user_id
        WHERE a.lead_id = p_lead_id
        UNION ALL
        SELECT a.assigned_until, 'unassigned', a.last_edited_by, r.display_name, NULL, NULL, NULL, 0
        FROM core.lead_assignment AS a
        INNER JOIN core.app_user AS r ON a.user_id = r.user_id
        WHERE a.lead_id = p_lead_id AND a.assigned_until IS NOT NULL
        UNION ALL
        SELECT
            e.event_at, e.event_type, e.user_id,
            CASE WHEN e.new_status IS NOT NULL THEN concat('status: ', e.old_status, ' -> ', e.new_status) END,
            e.note, e.next_step, e.next_step_at, 3
        FROM core.lead_event AS e
        WHERE e.lead_id = p_lead_id
        UNION ALL
        SELECT f.given_at, 'feedback', f.user_id, f.reason_code, f.note, NULL, NULL, 4
        FROM core.lead_feedback AS f
        WHERE f.lead_id = p_lead_id
        UNION ALL
        -- Partner deliveries of the lead, at the batch's received_at (business time).
        SELECT
            b.received_at, CASE WHEN d.reason_code = 'matched' THEN 'refreshed' ELSE 'delivered' END, b.imported_by,
            concat(pa.partner_code, ': ', b.file_name, ', row ', d.row_no), NULL, NULL, NULL, 0
        FROM core.import_decision AS d
        INNER JOIN core.import_batch AS b ON d.batch_id = b.batch_id
        INNER JOIN core.partner AS pa ON b.partner_id = pa.partner_id
        WHERE d.lead_id = p_lead_id
    )

    SELECT t.happened_at, t.entry_kind::varchar, u.display_name, nullif(t.detail, '')::varchar,
        t.note, t.next_step, t.next_step_at
    FROM timeline AS t
    LEFT JOIN core.app_user AS u ON t.actor_id = u.user_id
    ORDER BY t.happened_at, t.kind_order;
END
$$;
