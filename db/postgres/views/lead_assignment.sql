-- bi.lead_assignment: assignments of the leads a BI login may read.
-- The rows come from security.bi_lead_assignment_rows(): see bi.lead.
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
    r.assigned_until
FROM security.bi_lead_assignment_rows() AS r;
