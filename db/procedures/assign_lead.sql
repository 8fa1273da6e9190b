/*
app.assign_lead: give a lead to a representative, or move it to another one: the
one-lead case of app.assign_leads, which holds the rule (one way of assigning).

Callers: managers and admins (web tier, DBAs).
Parameters:
    @lead_id  BIGINT          required
    @user_id  INT             required: an active representative of the lead's office
    @note     NVARCHAR(4000)  at most 500 characters; default NULL; required when the
                              lead is taken from another representative (the reason)
Result (one row):
    assignment_id BIGINT, lead_id BIGINT, user_id INT, assigned_at DATETIME2(3),
    previous_user_id INT (the representative who had the lead; NULL if nobody)
Assigning a lead to the representative who already has it changes nothing and
returns the current assignment (previous_user_id = user_id): a repeated submit is
harmless. A new lead becomes assigned. The assignment records why: reason_code
assigned (nobody had the lead) or reassigned (the note says why).
Errors (those of app.assign_leads, for one lead):
    50400  every invalid parameter, in one message; also
           'The value for the parameter user_id is not supported. It must be an active
           representative of the lead's office.' (the same for every user who is not,
           so nothing is revealed about other offices' users), and
           'The value for the parameter note is not supported. It must give the reason
           for the reassignment of the lead 42.'
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
    DECLARE @lead_ids core.lead_id_list;  -- noqa: CP05

    ----------------------------------------------------------------------------
    -- Check the parameters (lead_id is this procedure's own): every problem at once
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
    -- The rule, for one lead: its checks, errors, transaction and result
    ----------------------------------------------------------------------------
    INSERT @lead_ids (lead_id) VALUES (@lead_id);

    EXEC app.assign_leads
        @lead_ids = @lead_ids,
        @user_id = @user_id,
        @note = @note;
END;
GO
