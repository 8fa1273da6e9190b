/*
bi.lead_assignment: every assignment of a lead to a representative, current and
past, of the reader's offices.

The rows come from security.bi_lead_assignment_rows(): see bi.lead.
Columns: assignment_id, lead_id, office_id, user_id, user_name (the
representative's display name), assigned_by, assigned_at, assigned_until (UTC;
NULL = the current assignment), reason_code (claimed, assigned, reassigned).
Fairness (who got which leads, how good they were then, what became of them): the
score at assignment is the bi.lead_history version valid at assigned_at, the outcome
bi.lead's status or bi.lead_outcome (second example).
Callers: members of leadbase_bi (SELECT on schema bi).
Same columns, in the same order, as db/postgres/views/lead_assignment.sql.
Example:
    SELECT a.user_name, COUNT(*) AS open_leads
    FROM bi.lead_assignment AS a
    WHERE a.assigned_until IS NULL
    GROUP BY a.user_name;
    SELECT a.user_name, a.reason_code, COUNT(*) AS leads, AVG(1.0 * h.score) AS score_at_assignment,
        SUM(CASE WHEN l.status = 'won' THEN 1 ELSE 0 END) AS won
    FROM bi.lead_assignment AS a
    INNER JOIN bi.lead_history AS h
        ON a.lead_id = h.lead_id AND h.valid_from <= a.assigned_at
        AND (h.valid_to IS NULL OR h.valid_to > a.assigned_at)
    LEFT JOIN bi.lead AS l ON a.lead_id = l.lead_id
    GROUP BY a.user_name, a.reason_code;
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
    r.assigned_until,
    r.reason_code
FROM security.bi_lead_assignment_rows() AS r;
GO
