/*
app.assign_lead: give a lead to a representative, or move it to another one.

Callers: managers and admins (web tier, DBAs).
Parameters:
    @lead_id  BIGINT          required
    @user_id  INT             required: an active representative of the lead's office
    @note     NVARCHAR(4000)  at most 500 characters; default NULL
Result (one row):
    assignment_id BIGINT, lead_id BIGINT, user_id INT, assigned_at DATETIME2(3),
    previous_user_id INT (the representative who had the lead; NULL if nobody)
Assigning a lead to the representative who already has it changes nothing and
returns the current assignment (previous_user_id = user_id): a repeated submit is
harmless. A new lead becomes assigned. The assignment records why: reason_code
assigned (nobody had the lead) or reassigned (the note says why).
Errors:
    50400  every invalid parameter, in one message; also
           'The value for the parameter user_id is not supported. It must be an active
           representative of the lead's office.' (the same for every user who is not,
           so nothing is revealed about other offices' users)
    50401  'No active user is signed in.'
    50403  'Only managers and admins may assign leads.'
    50404  'The lead 42 was not found.' (also when it belongs to another office)
    50409  'The lead 42 is won and cannot be assigned.' (won, lost, do_not_contact are final)
PostgreSQL twin: db/postgres/procedures/assign_lead.sql.
Example:
    EXEC app.assign_lead @lead_id = 42, @user_id = 7, @note = N'Knows the owner';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.assign_lead
    @lead_id BIGINT,
    @user_id INT,
    @note NVARCHAR(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @status VARCHAR(20);
    DECLARE @current_assignment_id BIGINT;
    DECLARE @current_user_id INT;
    DECLARE @current_assigned_at DATETIME2(3);
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @has_lock BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @assigned TABLE (
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
                WHEN @lead_id IS NULL
                    THEN N'The value for the parameter lead_id is not supported. It must not be empty.'
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

    ----------------------------------------------------------------------------
    -- End the current assignment and start the new one, in one transaction
    ----------------------------------------------------------------------------
    BEGIN TRY
        -- db/CONTRACT.md, "Transactions": the routing lock before the transaction.
        EXEC core.routing_lock @mode = 'Shared';
        SET @has_lock = 1;

        BEGIN TRANSACTION;

        -- The lead, locked until the end: assignments of one lead serialize.
        -- Row-level security: another office's lead is not found either.
        SELECT
            @status = l.status,
            @office_id = l.office_id
        FROM core.lead AS l WITH (UPDLOCK)
        WHERE l.lead_id = @lead_id;

        IF @office_id IS NULL
            BEGIN
                SET @message = CONCAT(N'The lead ', @lead_id, N' was not found.');
                THROW 50404, @message, 1;
            END;

        IF
            EXISTS (
                SELECT 1
                FROM core.lead_status AS s
                WHERE
                    s.code = @status
                    AND s.is_final = 1
            )
            BEGIN
                SET @message = CONCAT(N'The lead ', @lead_id, N' is ', @status, N' and cannot be assigned.');
                THROW 50409, @message, 1;
            END;

        IF
            NOT EXISTS (
                SELECT 1
                FROM core.app_user AS u
                INNER JOIN core.user_office AS uo ON u.user_id = uo.user_id
                WHERE
                    u.user_id = @user_id
                    AND u.is_active = 1
                    AND u.role_code = 'representative'
                    AND uo.office_id = @office_id
            )
            BEGIN
                SET
                    @message = N'The value for the parameter user_id is not supported. '
                    + N'It must be an active representative of the lead''s office.';
                THROW 50400, @message, 1;
            END;

        SELECT
            @current_assignment_id = a.assignment_id,
            @current_user_id = a.user_id,
            @current_assigned_at = a.assigned_at
        FROM core.lead_assignment AS a WITH (UPDLOCK)
        WHERE
            a.lead_id = @lead_id
            AND a.assigned_until IS NULL;

        IF @current_user_id = @user_id
            BEGIN
                -- Already theirs: nothing changes.
                INSERT @assigned (assignment_id, assigned_at)
                VALUES (@current_assignment_id, @current_assigned_at);
            END;
        ELSE
            BEGIN
                UPDATE core.lead_assignment
                SET
                    assigned_until = @now,
                    last_edited_by = @caller_id
                WHERE assignment_id = @current_assignment_id;

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
                OUTPUT INSERTED.assignment_id, INSERTED.assigned_at
                INTO @assigned (assignment_id, assigned_at)
                VALUES (
                    @lead_id,
                    @office_id,
                    @user_id,
                    @caller_id,
                    @now,
                    @note,
                    @caller_id,
                    CASE WHEN @current_assignment_id IS NULL THEN 'assigned' ELSE 'reassigned' END
                );

                IF @status = 'new'
                    BEGIN
                        UPDATE core.lead
                        SET
                            status = 'assigned',
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

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result
    ----------------------------------------------------------------------------
    -- Columns in the contract's order.
    SELECT -- noqa: ST06
        a.assignment_id,
        @lead_id AS lead_id,
        @user_id AS user_id,
        a.assigned_at,
        @current_user_id AS previous_user_id
    FROM @assigned AS a;
END;
GO
