-- bi.lead_outcome: the outcomes (won, lost, do_not_contact) with their feedback note.
-- Rows from security.bi_lead_outcome_rows() (security/bi_office_rows.sql): the reader's offices
-- only, before any predicate of the reader runs. Dropped and created, not replaced, so
-- column types may follow the function's; security/grants.sql grants it again.
DROP VIEW IF EXISTS bi.lead_outcome;
CREATE VIEW bi.lead_outcome AS
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
