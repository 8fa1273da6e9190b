/*
bi.lead_history: every version of the reader's offices' leads as kept (system time).
Rows from security.bi_lead_history_rows() (security/bi_office_rows.sql): the reader's offices
Rows from security.bi_lead_history_rows() (security/bi_office_rows.sql): the reader's offices
only, before any predicate of the reader runs. Columns: db/CONTRACT.md, "BI views".
PostgreSQL twin: db/postgres/views/lead_history.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.lead_history
AS
SELECT
    r.lead_id,
    r.office_id,
    r.company_name,
    r.plz,
    r.ort,
    r.branche,
    r.size_category,
    r.status,
    r.score,
    r.delivered_at,
    r.import_batch_id,
    r.last_edited_by,
    r.valid_from,
    r.valid_to
FROM security.bi_lead_history_rows() AS r;
GO
