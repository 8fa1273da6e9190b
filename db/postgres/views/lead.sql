-- bi.lead: the leads a BI login may read (row-level security of core.lead applies:
-- the view runs as its owner, whose FORCE'd policies read the caller's session_user).
-- security_barrier, like bi.lead_event and bi.lead_assignment: a BI login's own filter
-- runs only on the rows the view returns. Without it a filter on assigned_to was pushed
-- down to core.app_user (no policy) and, by raising an error or not, told which users
-- of other offices exist.
CREATE OR REPLACE VIEW bi.lead WITH (security_barrier = TRUE) AS
SELECT
    l.lead_id,
    l.company_name,
    l.legal_form,
    l.uid,
    l.street,
    l.plz,
    l.ort,
    l.canton,
    l.branche,
    l.size_category,
    l.source_batch,
    l.status,
    l.score,
    l.office_id,
    o.office_code,
    l.created_at,
    a.user_id AS assigned_user_id,
    u.display_name AS assigned_to
FROM core.lead AS l
INNER JOIN core.office AS o ON l.office_id = o.office_id
LEFT JOIN core.lead_assignment AS a ON l.lead_id = a.lead_id AND a.assigned_until IS NULL
LEFT JOIN core.app_user AS u ON a.user_id = u.user_id;
