/*
bi.lead: the leads of the reader's offices, with readable office and
representative.

Row-level security applies through core.lead and core.lead_assignment
(security.office_policy; the view is owned by dbo, so the reader needs no table
permission): a BI user sees the offices security.bi_login_office maps to it,
nothing else. Contact details (phone, email, website) stay out of BI.
Columns: lead_id, company_name, legal_form, uid, street, plz, ort, canton,
branche, size_category, source_batch, status, score, office_id, office_code,
created_at (UTC), assigned_user_id and assigned_to (the current representative's
user_id and display name; NULL when unassigned).
Callers: members of leadbase_bi (SELECT on schema bi).
Same columns, in the same order, as db/postgres/views/lead.sql.
Example:
    SELECT l.office_code, l.status, COUNT(*) AS lead_count
    FROM bi.lead AS l
    GROUP BY l.office_code, l.status;
*/

CREATE OR ALTER VIEW bi.lead
AS
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
    la.user_id AS assigned_user_id,
    au.display_name AS assigned_to
FROM core.lead AS l
INNER JOIN core.office AS o ON l.office_id = o.office_id
LEFT OUTER JOIN core.lead_assignment AS la ON l.lead_id = la.lead_id AND la.assigned_until IS NULL
LEFT OUTER JOIN core.app_user AS au ON la.user_id = au.user_id;
GO
