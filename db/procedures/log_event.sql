/*
app.log_event: log a call, e-mail, meeting or note on a lead, with the status it
leads to and the next step.

Callers: the web tier's quick logging; DBAs.
Parameters:
    @lead_id       BIGINT            required
    @event_type    VARCHAR(20)       required: call | email | meeting | note
    @note          NVARCHAR(4000)    at most 2000 characters; default NULL
    @new_status    VARCHAR(20)       new | assigned | contacted | qualified | won | lost |
                                     do_not_contact; default NULL = unchanged, except
                                     that a call, email or meeting moves a new or
                                     assigned lead to contacted
    @next_step     NVARCHAR(4000)    at most 500 characters; default NULL
    @next_step_at  DATE              default NULL
    @client_token  UNIQUEIDENTIFIER  default NULL; a repeated submit with the same
                                     token for the same lead returns the first event
                                     (was_duplicate = 1) and logs nothing
    @occurred_at   DATETIME2(3)      when it happened (UTC, business time: a call may
                                     be logged a day late); default NULL = now; not in
                                     the future, not before the lead's delivery
Result (one row):
    event_id BIGINT, lead_id BIGINT, event_at DATETIME2(3),
    status VARCHAR(20) (the lead's status afterwards), was_duplicate BIT
Who: representatives on leads currently assigned to them; managers and admins on
the leads of their offices (row-level security). won, lost and do_not_contact are
final for representatives: only managers and admins change them.
Errors:
    50400  every invalid parameter, in one message
    50401  'No active user is signed in.'
    50403  'The lead 42 is not assigned to you; representatives log only on their own leads.'
           'The lead 42 is won; only managers may reopen it.' (a representative
           changing the status of a won, lost or do_not_contact lead)
    50404  'The lead 42 was not found.' (also when it belongs to another office)
    50409  'The value for the parameter client_token was already used for another event.'
PostgreSQL twin: db/postgres/procedures/log_event.sql.
Example:
    EXEC app.log_event @lead_id = 42, @event_type = 'call', @note = N'Interested, call back',
        @next_step = N'Send offer', @next_step_at = '2026-12-01',
        @client_token = '6f1c2a4e-8d3b-4c1a-9a57-2f0e8b9d1c33';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.log_event
    @lead_id BIGINT,
    @event_type VARCHAR(20),
    @note NVARCHAR(4000) = NULL,
    @new_status VARCHAR(20) = NULL,
    @next_step NVARCHAR(4000) = NULL,
    @next_step_at DATE = NULL,
    @client_token UNIQUEIDENTIFIER = NULL,
    @occurred_at DATETIME2(3) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @status VARCHAR(20);
    DECLARE @status_after VARCHAR(20);
    DECLARE @event_id BIGINT;
    DECLARE @event_at DATETIME2(3);
    DECLARE @delivered_at DATETIME2(3);
    DECLARE @was_duplicate BIT = 0;
    DECLARE @has_lock BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @logged TABLE (
        event_id BIGINT NOT NULL,
        event_at DATETIME2(3) NOT NULL
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
                WHEN @lead_id IS NULL
                    THEN N'The value for the parameter lead_id is not supported. It must not be empty.'
            END
        ),
        (2, core.code_problem('event_type', 'event_type', @event_type, 1)),
        (3, core.code_problem('lead_status', 'new_status', @new_status, 0)),
        (
            4,
            CASE
                WHEN LEN(@note) > 2000
                    THEN
                        N'The value for the parameter note is not supported. '
                        + N'It must not be longer than 2000 characters.'
            END
        ),
        (
            5,
            CASE
                WHEN LEN(@next_step) > 500
                    THEN
                        N'The value for the parameter next_step is not supported. '
                        + N'It must not be longer than 500 characters.'
            END
        ),
        (
            6,
            CASE
                WHEN @occurred_at > SYSUTCDATETIME()
                    THEN N'The value for the parameter occurred_at is not supported. It must not be in the future.'
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
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    ----------------------------------------------------------------------------
    -- Log the event and move the status, in one transaction
    ----------------------------------------------------------------------------
    BEGIN TRY
        -- db/CONTRACT.md, "Transactions": the routing lock before the transaction.
        EXEC core.routing_lock @mode = 'Shared';
        SET @has_lock = 1;

        BEGIN TRANSACTION;

        -- The lead, locked until the end: status changes on it serialize.
        -- Row-level security: another office's lead is not found either.
        SELECT
            @status = l.status,
            @office_id = l.office_id,
            @delivered_at = l.delivered_at
        FROM core.lead AS l WITH (UPDLOCK)
        WHERE l.lead_id = @lead_id;

        IF @office_id IS NULL
            BEGIN
                SET @message = CONCAT(N'The lead ', @lead_id, N' was not found.');
                THROW 50404, @message, 1;
            END;

        IF @occurred_at < @delivered_at
            BEGIN
                SET @message = CONCAT(
                    N'The value for the parameter occurred_at is not supported. ',
                    N'It must not be before the lead was delivered (',
                    CONVERT(NCHAR(16), @delivered_at, 120), N').'
                );
                THROW 50400, @message, 1;
            END;

        -- A repeated submit: the first event with this token on this lead.
        IF @client_token IS NOT NULL
            BEGIN
                SELECT
                    @event_id = e.event_id,
                    @event_at = e.event_at
                FROM core.lead_event AS e WITH (UPDLOCK, HOLDLOCK)
                WHERE
                    e.client_token = @client_token
                    AND e.lead_id = @lead_id;

                SET @was_duplicate = IIF(@event_id IS NULL, 0, 1);
                SET @status_after = @status;
            END;

        IF @was_duplicate = 0
            BEGIN
                IF
                    @caller_role = 'representative'
                    AND NOT EXISTS (
                        SELECT 1
                        FROM core.lead_assignment AS a
                        WHERE
                            a.lead_id = @lead_id
                            AND a.assigned_until IS NULL
                            AND a.user_id = @caller_id
                    )
                    BEGIN
                        SET @message = CONCAT(
                            N'The lead ', @lead_id,
                            N' is not assigned to you; representatives log only on their own leads.'
                        );
                        THROW 50403, @message, 1;
                    END;

                IF
                    @caller_role = 'representative'
                    AND EXISTS (
                        SELECT 1
                        FROM core.lead_status AS s
                        WHERE
                            s.code = @status
                            AND s.is_final = 1
                    )
                    AND @new_status <> @status
                    BEGIN
                        SET @message = CONCAT(
                            N'The lead ', @lead_id, N' is ', @status, N'; only managers may reopen it.'
                        );
                        THROW 50403, @message, 1;
                    END;

                -- The status the event leads to; NULL when it stays as it is.
                SET @new_status = NULLIF(
                    COALESCE(
                        @new_status,
                        -- A contact (core.event_type.is_contact) moves a new or assigned lead on.
                        CASE
                            WHEN
                                @status IN ('new', 'assigned')
                                AND EXISTS (
                                    SELECT 1
                                    FROM core.event_type AS e
                                    WHERE
                                        e.code = @event_type
                                        AND e.is_contact = 1
                                )
                                THEN 'contacted'
                        END
                    ),
                    @status
                );
                SET @status_after = COALESCE(@new_status, @status);

                INSERT core.lead_event (
                    lead_id,
                    office_id,
                    user_id,
                    event_at,
                    event_type,
                    old_status,
                    new_status,
                    note,
                    next_step,
                    next_step_at,
                    client_token,
                    last_edited_by
                )
                OUTPUT INSERTED.event_id, INSERTED.event_at
                INTO @logged (event_id, event_at)
                VALUES (
                    @lead_id,
                    @office_id,
                    @caller_id,
                    COALESCE(@occurred_at, SYSUTCDATETIME()),
                    @event_type,
                    IIF(@new_status IS NULL, NULL, @status),
                    @new_status,
                    @note,
                    @next_step,
                    @next_step_at,
                    @client_token,
                    @caller_id
                );

                SELECT
                    @event_id = lg.event_id,
                    @event_at = lg.event_at
                FROM @logged AS lg;

                IF @new_status IS NOT NULL
                    BEGIN
                        UPDATE core.lead
                        SET
                            status = @new_status,
                            last_edited_by = @caller_id
                        WHERE lead_id = @lead_id;
                    END;
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

        -- The token is unique over all leads, including other offices' leads,
        -- which this caller cannot see: the unique index is what finds those.
        IF ERROR_NUMBER() IN (2601, 2627) AND ERROR_MESSAGE() LIKE N'%ux[_]core[_]lead[_]event[_]client[_]token%'
            BEGIN
                THROW 50409, N'The value for the parameter client_token was already used for another event.', 1;
            END;

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result
    ----------------------------------------------------------------------------
    SELECT
        @event_id AS event_id,
        @lead_id AS lead_id,
        @event_at AS event_at,
        @status_after AS status,
        @was_duplicate AS was_duplicate;
END;
GO
