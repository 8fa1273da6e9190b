-- bi.lead: the leads a BI login may read, with office code and current representative.
-- The rows come from security.bi_lead_rows(), which applies the login's offices
-- before any predicate of the login runs (see security/bi_rows.sql: no plan,
-- estimate or error of a BI query reaches another office's rows). Dropped and
-- created, not replaced, so column types may follow the function's; security/grants.sql
-- grants it again.
DROP VIEW IF EXISTS bi.lead;
CREATE VIEW bi.lead AS
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
