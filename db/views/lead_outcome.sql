/*
bi.lead_outcome: the outcomes (won, lost, do_not_contact) with their feedback note.
Rows from security.bi_lead_outcome_rows() (security/bi_office_rows.sql): the reader's offices
Rows from security.bi_lead_outcome_rows() (security/bi_office_rows.sql): the reader's offices
only, before any predicate of the reader runs. Columns: db/CONTRACT.md, "BI views".
PostgreSQL twin: db/postgres/views/lead_outcome.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.lead_outcome
AS
SELECT
    r.event_id,
    r.lead_id,
    r.office_id,
    r.outcome,
    r.decided_at,
    r.user_id,
    r.user_name,
    r.note
FROM security.bi_lead_outcome_rows() AS r;
GO
