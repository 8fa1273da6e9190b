/*
app.get_lead_follow_up: one lead's follow-up, for the lead page's .ics download.

Callers: the lead page (/leads/<id>/follow-up.ics); any user who may see the lead.
The follow-up is the lead's current next step (core.latest_next_step: the latest
event that set one), when that step has a date and the lead is open: the same rule
as a feed row (app.read_calendar_feed).
Parameters:
    @lead_id  BIGINT, required.
Result (one row, or none when the lead has no dated next step, is closed, does not
exist or belongs to another office: one answer for all of these):
    lead_id BIGINT, event_id BIGINT, company_name NVARCHAR(200), ort NVARCHAR(100),
    next_step NVARCHAR(500) (NULL: only a date), next_step_at DATE, event_at DATETIME2(3)
Errors:
    50400  'The value for the parameter lead_id is not supported. It must not be empty.'
Row-level security decides whether the lead exists for the caller.
PostgreSQL twin: db/postgres/procedures/get_lead_follow_up.sql.
Example:
    EXEC app.get_lead_follow_up @lead_id = 42;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.get_lead_follow_up
    @lead_id BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF @lead_id IS NULL
        BEGIN
            THROW 50400, N'The value for the parameter lead_id is not supported. It must not be empty.', 1;
        END;

    SELECT
        l.lead_id,
        n.event_id,
        l.company_name,
        l.ort,
        n.next_step,
        n.next_step_at,
        n.event_at
    FROM core.lead AS l
    INNER JOIN core.lead_status AS s ON l.status = s.code
    CROSS APPLY core.latest_next_step(l.lead_id) AS n
    WHERE
        l.lead_id = @lead_id
        AND s.is_open = 1
        AND n.next_step_at IS NOT NULL;
END;
GO
