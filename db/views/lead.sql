/*
bi.lead: the leads of the reader's offices, with readable office and
representative.

Row-level security applies through core.lead and core.lead_assignment
(security.office_policy): a BI user sees the offices security.bi_login_office
maps to it, nothing else.
Columns: the columns of core.lead except the system columns, plus
    office_code, office_name   the lead's office
    assigned_user_id           the current representative (NULL when unassigned)
    assigned_to                that representative's display name
    assigned_at                when the current assignment began (UTC)
    last_changed_at            when the row last changed (UTC, valid_from)
    age_days                   whole days since created_at
Callers: members of leadbase_bi (SELECT on schema bi).
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
    l.phone,
    l.email,
    l.website,
    l.branche,
    l.size_category,
    l.source_batch,
    l.status,
    l.score,
    l.office_id,
    o.office_code,
    o.office_name,
    la.user_id AS assigned_user_id,
    au.display_name AS assigned_to,
    la.assigned_at,
    l.created_at,
    l.valid_from AS last_changed_at,
    DATEDIFF(DAY, l.created_at, SYSUTCDATETIME()) AS age_days
FROM core.lead AS l
INNER JOIN core.office AS o ON l.office_id = o.office_id
LEFT OUTER JOIN core.lead_assignment AS la ON l.lead_id = la.lead_id AND la.assigned_until IS NULL
LEFT OUTER JOIN core.app_user AS au ON la.user_id = au.user_id;
GO
