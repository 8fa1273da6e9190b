/*
bi.lead_assignment: every assignment of a lead to a representative, current and
past, of the reader's offices.

Row-level security applies through core.lead_assignment (security.office_policy).
Columns: assignment_id, lead_id, office_id, user_id, user_name (the
representative's display name), assigned_by, assigned_at, assigned_until (UTC;
NULL = the current assignment).
Callers: members of leadbase_bi (SELECT on schema bi).
Same columns, in the same order, as db/postgres/views/lead_assignment.sql.
Example:
    SELECT a.user_name, COUNT(*) AS open_leads
    FROM bi.lead_assignment AS a
    WHERE a.assigned_until IS NULL
    GROUP BY a.user_name;
*/

CREATE OR ALTER VIEW bi.lead_assignment
AS
SELECT
    la.assignment_id,
    la.lead_id,
    la.office_id,
    la.user_id,
    au.display_name AS user_name,
    la.assigned_by,
    la.assigned_at,
    la.assigned_until
FROM core.lead_assignment AS la
INNER JOIN core.app_user AS au ON la.user_id = au.user_id;
GO
