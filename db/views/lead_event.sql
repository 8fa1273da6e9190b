/*
bi.lead_event: calls, emails, meetings and notes logged on the leads of the
reader's offices.

The rows come from security.bi_lead_event_rows(): see bi.lead.
Columns: event_id, lead_id, office_id, event_at (UTC), event_type, old_status,
new_status, user_id, user_name (the user's display name), next_step_at.
Free text (note, next_step) and client_token stay out of BI.
Callers: members of leadbase_bi (SELECT on schema bi).
Same columns, in the same order, as db/postgres/views/lead_event.sql.
Example:
    SELECT e.office_id, CAST(e.event_at AS date) AS event_date, COUNT(*) AS calls
    FROM bi.lead_event AS e
    WHERE e.event_type = 'call'
    GROUP BY e.office_id, CAST(e.event_at AS date);
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.lead_event
AS
SELECT
    r.event_id,
    r.lead_id,
    r.office_id,
    r.event_at,
    r.event_type,
    r.old_status,
    r.new_status,
    r.user_id,
    r.user_name,
    r.next_step_at
FROM security.bi_lead_event_rows() AS r;
GO
