/*
app.give_lead_feedback: a representative rates a lead's quality with a reason
(core.feedback_reason) and an optional note.

Callers: the lead page's feedback form; DBAs. Representatives on the leads assigned
to them; managers and admins on the leads of their offices.
Parameters:
    @lead_id      BIGINT, required
    @reason_code  VARCHAR(20), required: interested | not_interested | wrong_segment |
                  data_inaccurate | already_customer | not_reachable | closed_down
    @note         NVARCHAR(1000), optional
Result (one row): feedback_id BIGINT, lead_id BIGINT, reason_code VARCHAR(20),
    given_at DATETIME2(3), window_status_code VARCHAR(20) (the do-not-contact window
    the feedback opens, core.contact_window of that status; NULL none),
    window_months SMALLINT (that window's length; NULL with a window = never)
What it feeds: the lead's latest feedback keeps it out of the next best leads for
its window (core.rank_next_leads); data_inaccurate counts per partner
(app.get_partner_quality).
Transactions: db/CONTRACT.md "Transactions" (routing lock before BEGIN TRANSACTION).
Errors:
    50400  every invalid parameter, listed
    50401  'No active user is signed in.'
    50403  a representative on a lead not assigned to them
    50404  'The lead 42 was not found.' (also for another office's lead)
PostgreSQL twin: db/postgres/procedures/give_lead_feedback.sql.
Example:
    EXEC app.give_lead_feedback @lead_id = 42, @reason_code = 'data_inaccurate',
        @note = N'Phone number belongs to another company';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.give_lead_feedback
    @lead_id BIGINT,
    @reason_code VARCHAR(20),
    @note NVARCHAR(MAX) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @message NVARCHAR(2048);
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @feedback_id BIGINT;
    DECLARE @has_lock BIT = 0;
    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @given TABLE (feedback_id BIGINT NOT NULL);

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
        (2, core.code_problem('feedback_reason', 'reason_code', @reason_code, 1)),
        (
            3,
            CASE
                WHEN LEN(@note) > 1000
                    THEN
                        N'The value for the parameter note is not supported. '
                        + N'It must not be longer than 1000 characters.'
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
    -- Record the feedback
    ----------------------------------------------------------------------------
    BEGIN TRY
        -- db/CONTRACT.md, "Transactions": the routing lock before the transaction.
        EXEC core.routing_lock @mode = 'Shared';
        SET @has_lock = 1;

        BEGIN TRANSACTION;

        -- Row-level security: another office's lead is not found either.
        SELECT @office_id = l.office_id
        FROM core.lead AS l WITH (HOLDLOCK)
        WHERE l.lead_id = @lead_id;

        IF @office_id IS NULL
            BEGIN
                SET @message = CONCAT(N'The lead ', @lead_id, N' was not found.');
                THROW 50404, @message, 1;
            END;

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
                    N'The lead ', @lead_id, N' is not assigned to you; representatives rate only their own leads.'
                );
                THROW 50403, @message, 1;
            END;

        INSERT core.lead_feedback (lead_id, office_id, user_id, given_at, reason_code, note)
        OUTPUT INSERTED.feedback_id
        INTO @given (feedback_id)
        VALUES (
            @lead_id, @office_id, @caller_id, SYSUTCDATETIME(), @reason_code, NULLIF(LTRIM(RTRIM(@note)), N'')
        );

        SELECT @feedback_id = g.feedback_id
        FROM @given AS g;

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
    SELECT
        f.feedback_id,
        f.lead_id,
        f.reason_code,
        f.given_at,
        r.window_status_code,
        w.window_months
    FROM core.lead_feedback AS f
    INNER JOIN core.feedback_reason AS r ON f.reason_code = r.code
    OUTER APPLY (
        SELECT TOP (1) cw.window_months
        FROM core.contact_window AS cw
        WHERE
            cw.status_code = r.window_status_code
            AND (cw.office_id = f.office_id OR cw.office_id IS NULL)
        ORDER BY IIF(cw.office_id IS NULL, 1, 0)
    ) AS w
    WHERE f.feedback_id = @feedback_id;
END;
GO
