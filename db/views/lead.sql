/*
bi.lead: the leads of the reader's offices, with readable office and
representative.

The rows come from security.bi_lead_rows() (security/bi_rows.sql), which
applies the reader's offices before any predicate of the reader runs, so no
error, plan or estimate of a BI query reaches another office's rows; row-level
security (security.office_policy) applies inside it as well. The view and the
function are owned by dbo, so the reader needs no other permission: a BI user sees
the offices security.bi_login_office maps to it, nothing else. Contact details (phone, email, website) stay out of BI.
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
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.lead
AS
SELECT
    r.lead_id,
    r.company_name,
    r.legal_form,
    r.uid,
    r.street,
    r.plz,
    r.ort,
    r.canton,
    r.branche,
    r.size_category,
    r.source_batch,
    r.status,
    r.score,
    r.office_id,
    r.office_code,
    r.created_at,
    r.assigned_user_id,
    r.assigned_to
FROM security.bi_lead_rows() AS r;
GO
