-- bi.lead_assignment: assignments of the leads a BI login may read.
-- The rows come from security.bi_lead_assignment_rows(): see bi.lead. reason_code:
-- claimed, assigned, reassigned. Fairness (score at assignment from bi.lead_history,
-- outcome from bi.lead / bi.lead_outcome): see the T-SQL twin's example.
DROP VIEW IF EXISTS bi.lead_assignment;
CREATE VIEW bi.lead_assignment AS
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
