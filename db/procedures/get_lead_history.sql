/*
app.get_lead_history: the timeline of one lead, oldest first.

Callers: the web tier's lead page; DBAs and auditors.
Parameters:
    @lead_id  BIGINT, required.
Result (one row per entry, oldest first; none when the lead does not exist or
belongs to another office):
    happened_at   DATETIME2(3)
    entry_kind    VARCHAR(20)     created | changed | assigned | unassigned |
                                  call | email | meeting | note | delivered | refreshed |
                                  feedback
    actor         NVARCHAR(200)   display name of who did it (NULL for the system)
    detail        NVARCHAR(1000)
    note          NVARCHAR(2000)
    next_step     NVARCHAR(500)
    next_step_at  DATE
Entries:
    created / changed  versions of core.lead (history.lead read directly, so that
                       versions of zero duration count too) where score or
                       office changed, detail 'score: 25 -> 40, office: egeli -> luzern'
                       (a status change alone is told by the event or assignment
                       that caused it; with a score or office change it is listed
                       too, 'status: new -> assigned'); created lists the starting
                       values 'status: new, score: 25, office: luzern'; a lead that
                       came from another office starts with 'changed', 'routed to
                       luzern' (its earlier versions stay hidden)
    assigned           each assignment; actor = who assigned, detail = the
                       representative, note = the assignment's note
    unassigned         each ended assignment; actor = who ended it
    call ... note      the logged events; detail = the status change, if any
    delivered          a partner delivery that created the lead, at the batch's
                       received_at (business time); detail 'partner: file, row 12'
    refreshed          a later delivery that updated it (app.import_batch)
    feedback           a quality rating (app.give_lead_feedback); detail = the reason
                       code (core.feedback_reason), note = its note
Versions from while the lead belonged to another office stay hidden: the history
tables carry the same row-level security as the tables.
Errors:
    50400  'The value for the parameter lead_id is not supported. It must not be empty.'
PostgreSQL twin: db/postgres/procedures/get_lead_history.sql.
Example:
    EXEC app.get_lead_history @lead_id = 42;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_lead_history
    @lead_id BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    ----------------------------------------------------------------------------
    -- Check the parameters
    ----------------------------------------------------------------------------
    IF @lead_id IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter lead_id is not supported. It must not be empty.', 1;
        END;

    ----------------------------------------------------------------------------
    -- The timeline; nothing unless the lead is visible now
    ----------------------------------------------------------------------------
    WITH lead_version AS (
        SELECT
            v.valid_from,
            v.created_at,
            v.last_edited_by,
            v.status,
            v.score,
            o.office_code,
            LAG(v.status) OVER (ORDER BY v.valid_from, v.valid_to) AS prev_status,
            LAG(v.score) OVER (ORDER BY v.valid_from, v.valid_to) AS prev_score,
            LAG(o.office_code) OVER (ORDER BY v.valid_from, v.valid_to) AS prev_office_code,
            ROW_NUMBER() OVER (ORDER BY v.valid_from, v.valid_to) AS version_no
        -- The history table read directly, not FOR SYSTEM_TIME ALL, which hides
        -- versions of zero duration (a lead changed twice in one transaction):
        -- the full trail, as on PostgreSQL. history.lead carries the office
        -- filter predicate; leadbase_api reaches it by ownership chaining (dbo owns
        -- both), though it is denied the schema (test_leads checks this).
        FROM (
            SELECT
                h.valid_from,
                h.valid_to,
                h.created_at,
                h.last_edited_by,
                h.status,
                h.score,
                h.office_id
            FROM history.lead AS h
            WHERE h.lead_id = @lead_id
            UNION ALL
            SELECT
                l.valid_from,
                l.valid_to,
                l.created_at,
                l.last_edited_by,
                l.status,
                l.score,
                l.office_id
            FROM core.lead AS l
            WHERE l.lead_id = @lead_id
        ) AS v
        INNER JOIN core.office AS o ON v.office_id = o.office_id
    ),

    timeline AS (
        -- created / changed. The first version is the creation when the insert's
        -- transaction (valid_from) began no later than the row's created_at.
        SELECT
            v.valid_from AS happened_at,
            CAST(
                CASE WHEN v.version_no = 1 AND v.valid_from <= v.created_at THEN 'created' ELSE 'changed' END
                AS VARCHAR(20)
            ) AS entry_kind,
            v.last_edited_by AS actor_id,
            CAST(
                CASE
                    WHEN v.version_no = 1 AND v.valid_from <= v.created_at
                        THEN CONCAT(N'status: ', v.status, N', score: ', v.score, N', office: ', v.office_code)
                    -- Its versions from before belong to another office and stay hidden.
                    WHEN v.version_no = 1
                        THEN CONCAT(N'routed to ', v.office_code)
                    ELSE CONCAT_WS(
                        N', ',
                        CASE
                            WHEN v.status <> v.prev_status THEN CONCAT(N'status: ', v.prev_status, N' -> ', v.status)
                        END,
                        CASE WHEN v.score <> v.prev_score THEN CONCAT(N'score: ', v.prev_score, N' -> ', v.score) END,
                        CASE
                            WHEN v.office_code <> v.prev_office_code
                                THEN CONCAT(N'office: ', v.prev_office_code, N' -> ', v.office_code)
                        END
                    )
                END AS NVARCHAR(1000)
            ) AS detail,
            CAST(NULL AS NVARCHAR(2000)) AS note,
            CAST(NULL AS NVARCHAR(500)) AS next_step,
            CAST(NULL AS DATE) AS next_step_at,
            1 AS kind_order
        FROM lead_version AS v
        -- A status change alone is told by the event or assignment that caused it.
        WHERE
            v.version_no = 1
            OR v.score <> v.prev_score
            OR v.office_code <> v.prev_office_code

        UNION ALL

        -- assigned
        SELECT
            a.assigned_at AS happened_at,
            'assigned' AS entry_kind,
            a.assigned_by AS actor_id,
            r.display_name AS detail,
            a.note,
            NULL AS next_step,
            NULL AS next_step_at,
            2 AS kind_order
        FROM core.lead_assignment AS a
        INNER JOIN core.app_user AS r ON a.user_id = r.user_id
        WHERE a.lead_id = @lead_id

        UNION ALL

        -- unassigned: the assignment was ended (by a later assign_lead)
        SELECT
            a.assigned_until AS happened_at,
            'unassigned' AS entry_kind,
            a.last_edited_by AS actor_id,
            r.display_name AS detail,
            NULL AS note,
            NULL AS next_step,
            NULL AS next_step_at,
            0 AS kind_order
        FROM core.lead_assignment AS a
        INNER JOIN core.app_user AS r ON a.user_id = r.user_id
        WHERE
            a.lead_id = @lead_id
            AND a.assigned_until IS NOT NULL

        UNION ALL

        -- call, email, meeting, note
        SELECT
            e.event_at AS happened_at,
            e.event_type AS entry_kind,
            e.user_id AS actor_id,
            CASE
                WHEN e.new_status IS NOT NULL THEN CONCAT(N'status: ', e.old_status, N' -> ', e.new_status)
            END AS detail,
            e.note,
            e.next_step,
            e.next_step_at,
            3 AS kind_order
        FROM core.lead_event AS e
        WHERE e.lead_id = @lead_id

        UNION ALL

        -- feedback: quality ratings
        SELECT
            f.given_at AS happened_at,
            'feedback' AS entry_kind,
            f.user_id AS actor_id,
            f.reason_code AS detail,
            f.note,
            NULL AS next_step,
            NULL AS next_step_at,
            4 AS kind_order
        FROM core.lead_feedback AS f
        WHERE f.lead_id = @lead_id

        UNION ALL

        -- delivered, refreshed: the partner deliveries of the lead (business time)
        SELECT
            b.received_at AS happened_at,
            CASE WHEN d.reason_code = 'matched' THEN 'refreshed' ELSE 'delivered' END AS entry_kind,
            b.imported_by AS actor_id,
            CONCAT(pa.partner_code, N': ', b.file_name, N', row ', d.row_no) AS detail,
            NULL AS note,
            NULL AS next_step,
            NULL AS next_step_at,
            0 AS kind_order
        FROM core.import_decision AS d
        INNER JOIN core.import_batch AS b ON d.batch_id = b.batch_id
        INNER JOIN core.partner AS pa ON b.partner_id = pa.partner_id
        WHERE d.lead_id = @lead_id
    )

    -- Columns in the contract's order.
    SELECT -- noqa: ST06
        t.happened_at,
        t.entry_kind,
        u.display_name AS actor,
        NULLIF(t.detail, N'') AS detail,
        t.note,
        t.next_step,
        t.next_step_at
    FROM timeline AS t
    LEFT JOIN core.app_user AS u ON t.actor_id = u.user_id
    WHERE
        EXISTS (
            SELECT 1
            FROM core.lead AS l
            WHERE l.lead_id = @lead_id
        )
    ORDER BY t.happened_at ASC, t.kind_order ASC;
END;
GO
