/*
app.my_open_leads: the caller's open leads (current assignments of leads whose status
is open), with their age and next step.

Callers: the representative's home page; any user for their own assignments.
Parameters:
    @max_rows  INT  1-200; default 50
Result: lead_id BIGINT, company_name NVARCHAR(200), plz SMALLINT, ort NVARCHAR(100),
    status VARCHAR(20), score SMALLINT, assigned_at DATETIME2(3), assigned_days INT
    (days since the assignment), age_days INT (days since delivery, business time),
    last_contact_at DATETIME2(3) (last call/e-mail/meeting), next_step NVARCHAR(500),
    next_step_at DATE (the lead's current next step: core.latest_next_step, the
    latest event that set one). Next step due first (by date, undated last), then
    the oldest assignment.
Errors:
    50400  'The value for the parameter max_rows is not supported. It must be between 1 and 200.'
    50401  'No active user is signed in.'
PostgreSQL twin: db/postgres/procedures/my_open_leads.sql.
Example:
    EXEC app.my_open_leads @max_rows = 20;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.my_open_leads
    @max_rows INT = 50
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @today DATE = CAST(SYSUTCDATETIME() AS DATE);

    IF @max_rows IS NULL OR @max_rows NOT BETWEEN 1 AND 200
        BEGIN
            THROW 50400, N'The value for the parameter max_rows is not supported. It must be between 1 and 200.', 1;
        END;

    EXEC security.require_caller
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    -- Columns in the contract's order.
    SELECT TOP (@max_rows) -- noqa: ST06
        l.lead_id,
        l.company_name,
        l.plz,
        l.ort,
        l.status,
        l.score,
        a.assigned_at,
        DATEDIFF(DAY, a.assigned_at, @today) AS assigned_days,
        DATEDIFF(DAY, l.delivered_at, @today) AS age_days,
        c.last_contact_at,
        n.next_step,
        n.next_step_at
    FROM core.lead_assignment AS a
    INNER JOIN core.lead AS l ON a.lead_id = l.lead_id
    INNER JOIN core.lead_status AS s ON l.status = s.code
    OUTER APPLY (
        SELECT MAX(e.event_at) AS last_contact_at
        FROM core.lead_event AS e
        INNER JOIN core.event_type AS t ON e.event_type = t.code
        WHERE
            e.lead_id = l.lead_id
            AND t.is_contact = 1
    ) AS c
    OUTER APPLY core.latest_next_step(l.lead_id) AS n
    WHERE
        a.user_id = @caller_id
        AND a.assigned_until IS NULL
        AND s.is_open = 1
    ORDER BY IIF(n.next_step_at IS NULL, 1, 0), n.next_step_at, a.assigned_at, l.lead_id;
END;
GO
