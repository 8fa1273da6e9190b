/*
bi.lead_event: calls, emails, meetings and notes on the leads of the reader's
offices.

Row-level security applies through core.lead_event (security.office_policy).
Columns: event_id, lead_id, office_id, office_code, user_id, actor (the user's
display name), event_at, event_date (the UTC date of event_at, for grouping),
event_type, old_status, new_status, note, next_step, next_step_at.
client_token (a form's idempotency key) is left out.
Callers: members of leadbase_bi (SELECT on schema bi).
Example:
    SELECT e.office_code, e.event_date, COUNT(*) AS calls
    FROM bi.lead_event AS e
    WHERE e.event_type = 'call'
    GROUP BY e.office_code, e.event_date;
*/

CREATE OR ALTER VIEW bi.lead_event
AS
SELECT
    le.event_id,
    le.lead_id,
    le.office_id,
    o.office_code,
    le.user_id,
    au.display_name AS actor,
    le.event_at,
    CAST(le.event_at AS DATE) AS event_date,
    le.event_type,
    le.old_status,
    le.new_status,
    le.note,
    le.next_step,
    le.next_step_at
FROM core.lead_event AS le
INNER JOIN core.office AS o ON le.office_id = o.office_id
INNER JOIN core.app_user AS au ON le.user_id = au.user_id;
GO
