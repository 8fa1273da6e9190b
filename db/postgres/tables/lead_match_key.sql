-- core.lead_match_key: every match key a lead has ever had (a refresh adds the new
-- ones, none is removed), as core.key_hash. A delivery matches the lead's history
-- too. Not office data on its own (hashes); only the import and erasure read it.
CREATE TABLE IF NOT EXISTS core.lead_match_key (
    key_hash BYTEA NOT NULL,
    lead_id BIGINT NOT NULL,
    key_kind VARCHAR(10) NOT NULL,
    CONSTRAINT pk_core_lead_match_key PRIMARY KEY (key_hash, lead_id),
    CONSTRAINT fk_core_lead_match_key_lead_id_core_lead
    FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
    CONSTRAINT ck_core_lead_match_key_key_kind CHECK (key_kind IN ('uid', 'name_plz', 'phone', 'email', 'domain'))
);

-- A lead's keys, read from the index alone (the next best lead's suppression check).
CREATE INDEX IF NOT EXISTS ix_core_lead_match_key_lead_id_key_hash ON core.lead_match_key (lead_id, key_hash);
