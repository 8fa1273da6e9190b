-- bi.lead_assignment: assignments of the leads a BI login may read.
-- security_barrier: see bi.lead (filters of a BI login never reach core.app_user).
CREATE OR REPLACE VIEW bi.lead_assignment WITH (security_barrier = TRUE) AS
SELECT
    a.assignment_id,
    a.lead_id,
    a.office_id,
    a.user_id,
    u.display_name AS user_name,
    a.assigned_by,
    a.assigned_at,
    a.assigned_until
FROM core.lead_assignment AS a
INNER JOIN core.app_user AS u ON a.user_id = u.user_id;
