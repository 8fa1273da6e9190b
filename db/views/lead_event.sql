/*
bi.lead_event: calls, emails, meetings and notes logged on the leads of the
reader's offices.

Row-level security applies through core.lead_event (security.office_policy).
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

CREATE OR ALTER VIEW bi.lead_event
AS
SELECT
    le.event_id,
    le.lead_id,
    le.office_id,
    le.event_at,
    le.event_type,
    le.old_status,
    le.new_status,
    le.user_id,
    au.display_name AS user_name,
    le.next_step_at
FROM core.lead_event AS le
INNER JOIN core.app_user AS au ON le.user_id = au.user_id;
GO
