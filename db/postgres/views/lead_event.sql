-- bi.lead_event: logged interactions of the leads a BI login may read.
-- The rows come from security.bi_lead_event_rows(): see bi.lead.
DROP VIEW IF EXISTS bi.lead_event;
CREATE VIEW bi.lead_event AS
SELECT
    r.event_id,
    r.lead_id,
    r.office_id,
    r.event_at,
    r.event_type,
    r.old_status,
    r.new_status,
    r.user_id,
    r.user_name,
    r.next_step_at
FROM security.bi_lead_event_rows() AS r;
