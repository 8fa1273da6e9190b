/*
app.assign_leads: give many leads to one representative at once, or hand over every
open lead a representative holds (absence, workload). The one rule of manager
assignment: app.assign_lead is its one-lead case and calls it.

Callers: managers and admins (web tier: the lead list and the team page; DBAs).
Parameters:
    @lead_ids      core.lead_id_list  the leads (a table of lead_id, no duplicates);
                                      leave out (empty) when @from_user_id is given
    @user_id       INT                required: an active representative of every
                                      lead's office, who gets the leads
    @note          NVARCHAR(4000)     why; at most 500 characters; default NULL.
                                      Required when a lead is taken from another
                                      representative (a reassignment needs a reason),
                                      and so always with @from_user_id
    @from_user_id  INT                instead of @lead_ids: every open lead this
                                      representative of the caller's offices holds now
                                      (active or not); default NULL
    @dry_run       BIT                1: check everything, change nothing, return the
                                      rows the real run would (assignment_id and
                                      assigned_at NULL where a lead would change hands);
                                      default 0
Result (one row per lead, by lead_id):
    assignment_id BIGINT, lead_id BIGINT, user_id INT, assigned_at DATETIME2(3),
    previous_user_id INT (who had the lead; NULL: nobody; = user_id: it was already
    theirs, nothing changed and the current assignment is returned)
All or nothing: the first problem found stops the call before anything changes.
A lead nobody had gets reason_code assigned, one taken from a colleague reassigned
(with the note); a new lead becomes assigned. Capacity (lead_capacity) limits claims,
not a manager's decision.
Errors (in this order; the first problem is named):
    50400  every invalid parameter, in one message; then, after the leads were read,
           'The value for the parameter user_id is not supported. It must be an active
           representative of the lead''s office.' (as app.assign_lead; the same for every
           user who is not, so nothing is revealed about other offices' users), and
           'The value for the parameter note is not supported. It must give the reason
           for the reassignment of the lead 42.'
           from_user_id: 'It must be a representative of your offices.' (the same for a
           missing user and another office's)
    50401  'No active user is signed in.'
    50403  'Only managers and admins may assign leads.'
    50404  'The lead 42 was not found.' (the lowest such id; also when it belongs to
           another office, as app.assign_lead)
    50409  'The lead 42 is won and cannot be assigned.' (the lowest such id)
Transactions: db/CONTRACT.md, "Transactions" (shared routing lock, then one
transaction; the leads and their current assignments are locked until the end).
PostgreSQL twin: db/postgres/procedures/assign_leads.sql (p_lead_ids BIGINT[]).
Examples:
    DECLARE @ids core.lead_id_list;
    INSERT @ids (lead_id) VALUES (42), (43), (44);
    EXEC app.assign_leads @lead_ids = @ids, @user_id = 7, @note = N'Workload', @dry_run = 1;
    EXEC app.assign_leads @lead_ids = @ids, @user_id = 7, @note = N'Workload';
    EXEC app.assign_leads @from_user_id = 8, @user_id = 7, @note = N'Holiday until 14 March';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.assign_leads
    @lead_ids core.lead_id_list READONLY,  -- noqa: CP05
    @user_id INT,
    @note NVARCHAR(4000) = NULL,
    @from_user_id INT = NULL,
    @dry_run BIT = 0
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @given_count INT = (SELECT COUNT(*) FROM @lead_ids);
    DECLARE @reason NVARCHAR(500) = NULLIF(TRIM(LEFT(@note, 500)), N'');
    DECLARE @problem_lead_id BIGINT;
    DECLARE @problem_status VARCHAR(20);
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @has_lock BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @target TABLE (
        lead_id BIGINT NOT NULL PRIMARY KEY,
        office_id SMALLINT NOT NULL,
        status VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
        current_assignment_id BIGINT NULL,
        current_user_id INT NULL,
        current_assigned_at DATETIME2(3) NULL
    );
    DECLARE @assigned TABLE (
        lead_id BIGINT NOT NULL PRIMARY KEY,
        assignment_id BIGINT NOT NULL,
        assigned_at DATETIME2(3) NOT NULL
    );

    ----------------------------------------------------------------------------
    -- Check the parameters: collect every problem, then stop once
    ----------------------------------------------------------------------------
    SELECT @message = STRING_AGG(p.problem, N'; ') WITHIN GROUP (ORDER BY p.problem_no)
    FROM (
        VALUES
        (
            1,
            CASE
                WHEN @given_count = 0 AND @from_user_id IS NULL
                    THEN
                        N'The value for the parameter lead_ids is not supported. '
                        + N'It must name at least one lead unless from_user_id is given.'
                WHEN @given_count > 0 AND @from_user_id IS NOT NULL
                    THEN
                        N'The value for the parameter lead_ids is not supported. '
                        + N'It must be empty when from_user_id is given.'
            END
        ),
        (
            2,
            CASE
                WHEN @user_id IS NULL
                    THEN N'The value for the parameter user_id is not supported. It must not be empty.'
            END
        ),
        (
            3,
            CASE
                WHEN LEN(@note) > 500
                    THEN
                        N'The value for the parameter note is not supported. '
                        + N'It must not be longer than 500 characters.'
                WHEN @from_user_id IS NOT NULL AND @reason IS NULL
                    THEN
                        N'The value for the parameter note is not supported. '
                        + N'It must give the reason for the reassignment.'
            END
        ),
        (
            4,
            CASE
                WHEN @from_user_id = @user_id
                    THEN
                        N'The value for the parameter from_user_id is not supported. '
                        + N'It must not be the representative who gets the leads.'
            END
        ),
        (
            5,
            CASE
                WHEN @dry_run IS NULL
                    THEN N'The value for the parameter dry_run is not supported. Supported values are 0 and 1.'
            END
        )
    ) AS p(problem_no, problem)
    WHERE p.problem IS NOT NULL;

    IF @message IS NOT NULL
        BEGIN
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'manager,admin',
        @forbidden_message = N'Only managers and admins may assign leads.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    -- A representative of the caller's offices, present or not; any other user (of
    -- another office, missing, not a representative) gets the same answer.
    IF
        @from_user_id IS NOT NULL
        AND NOT EXISTS (
            SELECT 1
            FROM core.app_user AS u
            INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
            INNER JOIN security.caller_offices() AS co ON uo.office_id = co.office_id
            WHERE
                u.user_id = @from_user_id
                AND u.role_code = 'representative'
        )
        BEGIN
            SET
                @message = N'The value for the parameter from_user_id is not supported. '
                + N'It must be a representative of your offices.';
            THROW 50400, @message, 1;
        END;

    ----------------------------------------------------------------------------
    -- Read and lock the leads, check them, end and start assignments: one transaction
    ----------------------------------------------------------------------------
    BEGIN TRY
        -- db/CONTRACT.md, "Transactions": the routing lock before the transaction.
        EXEC core.routing_lock @mode = 'Shared';
        SET @has_lock = 1;

        BEGIN TRANSACTION;

        -- The leads, locked until the end: assignments of one lead serialize.
        -- Row-level security: another office's lead is not found, as a missing one.
        IF @from_user_id IS NULL
            BEGIN
                INSERT @target (lead_id, office_id, status)
                SELECT
                    l.lead_id,
                    l.office_id,
                    l.status
                FROM core.lead AS l WITH (UPDLOCK)
                INNER JOIN @lead_ids AS i ON l.lead_id = i.lead_id;
            END;
        ELSE
            BEGIN
                INSERT @target (lead_id, office_id, status)
                SELECT
                    l.lead_id,
                    l.office_id,
                    l.status
                FROM core.lead AS l WITH (UPDLOCK)
                INNER JOIN core.lead_assignment AS a ON l.lead_id = a.lead_id
                INNER JOIN core.lead_status AS s ON l.status = s.code
                WHERE
                    a.user_id = @from_user_id
                    AND a.assigned_until IS NULL
                    AND s.is_open = 1;
            END;

        SELECT @problem_lead_id = MIN(i.lead_id)
        FROM @lead_ids AS i
        WHERE NOT EXISTS (
            SELECT 1
            FROM @target AS t
            WHERE t.lead_id = i.lead_id
        );

        IF @problem_lead_id IS NOT NULL
            BEGIN
                SET @message = CONCAT(N'The lead ', @problem_lead_id, N' was not found.');
                THROW 50404, @message, 1;
            END;

        SELECT TOP (1)
            @problem_lead_id = t.lead_id,
            @problem_status = t.status
        FROM @target AS t
        INNER JOIN core.lead_status AS s ON t.status = s.code
        WHERE s.is_final = 1
        ORDER BY t.lead_id;

        IF @problem_lead_id IS NOT NULL
            BEGIN
                SET
                    @message = CONCAT(
                        N'The lead ', @problem_lead_id, N' is ', @problem_status, N' and cannot be assigned.'
                    );
                THROW 50409, @message, 1;
            END;

        IF
            EXISTS (
                SELECT 1
                FROM @target AS t
                WHERE NOT EXISTS (
                    SELECT 1
                    FROM core.app_user AS u
                    INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
                    WHERE
                        u.user_id = @user_id
                        AND u.is_active = 1
                        AND u.role_code = 'representative'
                        AND uo.office_id = t.office_id
                )
            )
            BEGIN
                SET
                    @message = N'The value for the parameter user_id is not supported. '
                    + N'It must be an active representative of the lead''s office.';
                THROW 50400, @message, 1;
            END;

        -- The current assignments, locked as well.
        UPDATE t
        SET
            current_assignment_id = a.assignment_id,
            current_user_id = a.user_id,
            current_assigned_at = a.assigned_at
        FROM @target AS t
        INNER JOIN core.lead_assignment AS a WITH (UPDLOCK) ON t.lead_id = a.lead_id AND a.assigned_until IS NULL;

        SELECT @problem_lead_id = MIN(t.lead_id)
        FROM @target AS t
        WHERE
            t.current_user_id <> @user_id
            AND @reason IS NULL;

        IF @problem_lead_id IS NOT NULL
            BEGIN
                SET
                    @message = CONCAT(
                        N'The value for the parameter note is not supported. ',
                        N'It must give the reason for the reassignment of the lead ', @problem_lead_id, N'.'
                    );
                THROW 50400, @message, 1;
            END;

        IF @dry_run = 0
            BEGIN
                UPDATE a
                SET
                    assigned_until = @now,
                    last_edited_by = @caller_id
                FROM core.lead_assignment AS a
                INNER JOIN @target AS t ON a.assignment_id = t.current_assignment_id
                WHERE t.current_user_id <> @user_id;

                INSERT core.lead_assignment (
                    lead_id,
                    office_id,
                    user_id,
                    assigned_by,
                    assigned_at,
                    note,
                    last_edited_by,
                    reason_code
                )
                OUTPUT INSERTED.lead_id, INSERTED.assignment_id, INSERTED.assigned_at
                INTO @assigned (lead_id, assignment_id, assigned_at)
                SELECT
                    t.lead_id,
                    t.office_id,
                    @user_id AS user_id,
                    @caller_id AS assigned_by,
                    @now AS assigned_at,
                    @note AS note,
                    @caller_id AS last_edited_by,
                    CASE WHEN t.current_assignment_id IS NULL THEN 'assigned' ELSE 'reassigned' END AS reason_code
                FROM @target AS t
                WHERE
                    t.current_user_id IS NULL
                    OR t.current_user_id <> @user_id;

                UPDATE l
                SET
                    status = 'assigned',
                    last_edited_by = @caller_id
                FROM core.lead AS l
                INNER JOIN @assigned AS n ON l.lead_id = n.lead_id
                WHERE l.status = 'new';
            END;

        COMMIT TRANSACTION;

        EXEC core.routing_lock @mode = 'Release';
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": roll back our own transaction; a caller's
        -- is doomed (XACT_ABORT) and the caller's to roll back.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        IF @has_lock = 1
            BEGIN
                EXEC core.routing_lock @mode = 'Release';
            END;

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result: the same rows for a dry run and a real one
    ----------------------------------------------------------------------------
    -- Columns in the contract's order.
    SELECT -- noqa: ST06
        COALESCE(
            n.assignment_id,
            CASE WHEN t.current_user_id = @user_id THEN t.current_assignment_id END
        ) AS assignment_id,
        t.lead_id,
        @user_id AS user_id,
        COALESCE(
            n.assigned_at,
            CASE WHEN t.current_user_id = @user_id THEN t.current_assigned_at END
        ) AS assigned_at,
        t.current_user_id AS previous_user_id
    FROM @target AS t
    LEFT JOIN @assigned AS n ON t.lead_id = n.lead_id
    ORDER BY t.lead_id;
END;
GO
