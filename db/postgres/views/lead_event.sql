-- bi.lead_event: logged interactions of the leads a BI login may read.
-- security_barrier: see bi.lead (filters of a BI login never reach core.app_user).
CREATE OR REPLACE VIEW bi.lead_event WITH (security_barrier = TRUE) AS
SELECT
    e.event_id,
    e.lead_id,
    e.office_id,
    e.event_at,
    e.event_type,
    e.old_status,
    e.new_status,
    e.user_id,
    u.display_name AS user_name,
    e.next_step_at
FROM core.lead_event AS e
INNER JOIN core.app_user AS u ON e.user_id = u.user_id;
