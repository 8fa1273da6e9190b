/*
bi.lead_assignment: every assignment of a lead to a representative, current and
past, of the reader's offices.

The rows come from security.bi_lead_assignment_rows(): see bi.lead.
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
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.lead_assignment
AS
SELECT
    r.assignment_id,
    r.lead_id,
    r.office_id,
    r.user_id,
    r.user_name,
    r.assigned_by,
    r.assigned_at,
    r.assigned_until
FROM security.bi_lead_assignment_rows() AS r;
GO
