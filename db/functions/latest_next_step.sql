/*
core.latest_next_step(@lead_id): a lead's current next step, the one definition of
the rule behind the home page (app.my_open_leads), the alerts
(core.open_lead_alerts), the calendar feed (app.read_calendar_feed) and the lead
page's follow-up (app.get_lead_follow_up).

Rule: the lead's latest event (by event_at DESC, event_id DESC) that set a next step,
i.e. whose next_step or next_step_at is not NULL. An event without either leaves the
step as it is; a later step without a date replaces a dated one (the step then has
no date).

Parameters: @lead_id BIGINT (NULL: no row).
Result: one row, or none when no event of the lead set a next step:
    event_id BIGINT (the event that set the step), next_step NVARCHAR(500) (NULL: only
    a date), next_step_at DATE (NULL: no date), event_at DATETIME2(3) (when it was set)
An inline table-valued function: CROSS APPLY / OUTER APPLY expands it into the
calling query (one plan, as the subquery it replaces), and it reads core.lead_event
in the caller's context, so row-level security applies as in the caller.
Not schema-bound, so migrations of core.lead_event need not drop it.
PostgreSQL twin: db/postgres/functions/latest_next_step.sql.
Example:
    SELECT l.lead_id, n.next_step, n.next_step_at
    FROM core.lead AS l
    CROSS APPLY core.latest_next_step(l.lead_id) AS n;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.latest_next_step(
    @lead_id BIGINT
)
RETURNS TABLE
AS
RETURN
SELECT TOP (1)
    e.event_id,
    e.next_step,
    e.next_step_at,
    e.event_at
FROM core.lead_event AS e
WHERE
    e.lead_id = @lead_id
    AND (e.next_step IS NOT NULL OR e.next_step_at IS NOT NULL)
ORDER BY e.event_at DESC, e.event_id DESC;
GO
