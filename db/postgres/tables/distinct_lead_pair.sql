-- core.distinct_lead_pair: a manager's word that two leads are different companies
-- although they share a match key (app.mark_import_row_distinct): lead_id is the
-- lead made from the falsely matched row, distinct_from_lead_id the lead it matched.
-- Kept both ways. app.import_batch does not match a row to a lead through a key that
-- the lead shares with a lead it is distinct from. Lead ids only, like
-- core.lead_match_key: no app procedure returns it, so it tells no office about
-- another's leads.
CREATE TABLE IF NOT EXISTS core.distinct_lead_pair (
    lead_id BIGINT NOT NULL,
    distinct_from_lead_id BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    CONSTRAINT pk_core_distinct_lead_pair PRIMARY KEY (lead_id, distinct_from_lead_id),
    CONSTRAINT fk_core_distinct_lead_pair_lead_id_core_lead FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
    CONSTRAINT fk_core_distinct_lead_pair_distinct_from_lead_id_core_lead
    FOREIGN KEY (distinct_from_lead_id) REFERENCES core.lead (lead_id),
    CONSTRAINT ck_core_distinct_lead_pair_two_leads CHECK (lead_id <> distinct_from_lead_id)
);

CREATE INDEX IF NOT EXISTS ix_core_distinct_lead_pair_distinct_from_lead_id
ON core.distinct_lead_pair (distinct_from_lead_id);
