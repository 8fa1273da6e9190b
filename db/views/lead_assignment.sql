/*
bi.lead_assignment: every assignment of a lead to a representative, current and
past, of the reader's offices.

Row-level security applies through core.lead_assignment (security.office_policy).
Columns: assignment_id, lead_id, office_id, office_code, user_id, assigned_to
(the representative's display name), assigned_by, assigned_by_name, assigned_at,
assigned_until (NULL = current), is_current, note.
Callers: members of leadbase_bi (SELECT on schema bi).
Example:
    SELECT a.assigned_to, COUNT(*) AS open_leads
    FROM bi.lead_assignment AS a
    WHERE a.is_current = 1
    GROUP BY a.assigned_to;
*/

CREATE OR ALTER VIEW bi.lead_assignment
AS
SELECT
    la.assignment_id,
    la.lead_id,
    la.office_id,
    o.office_code,
    la.user_id,
    au.display_name AS assigned_to,
    la.assigned_by,
    ab.display_name AS assigned_by_name,
    la.assigned_at,
    la.assigned_until,
    CAST(CASE WHEN la.assigned_until IS NULL THEN 1 ELSE 0 END AS BIT) AS is_current,
    la.note
FROM core.lead_assignment AS la
INNER JOIN core.office AS o ON la.office_id = o.office_id
INNER JOIN core.app_user AS au ON la.user_id = au.user_id
LEFT OUTER JOIN core.app_user AS ab ON la.assigned_by = ab.user_id;
GO
