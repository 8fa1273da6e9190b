-- core.lead_merge: two leads of one office found to be the same company, merged by a
-- manager (app.merge_leads) with the mandatory reason, who and when. The merged lead
-- is gone from core.lead (its versions stay in history.lead); its events,
-- assignments, match keys and import decisions belong to the survivor now. No
-- foreign key on merged_lead_id for that reason. Office data: row-level security.
CREATE TABLE IF NOT EXISTS core.lead_merge (
    merged_lead_id BIGINT NOT NULL,
    survivor_lead_id BIGINT NOT NULL,
    office_id SMALLINT NOT NULL,
    reason VARCHAR(500) NOT NULL,
    event_count INTEGER NOT NULL,
    assignment_count INTEGER NOT NULL,
    merged_by INTEGER NOT NULL,
    merged_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    CONSTRAINT pk_core_lead_merge PRIMARY KEY (merged_lead_id),
    CONSTRAINT fk_core_lead_merge_survivor_lead_id_core_lead
    FOREIGN KEY (survivor_lead_id) REFERENCES core.lead (lead_id),
    CONSTRAINT fk_core_lead_merge_office_id_core_office FOREIGN KEY (office_id) REFERENCES core.office (office_id),
    CONSTRAINT fk_core_lead_merge_merged_by_core_app_user FOREIGN KEY (merged_by) REFERENCES core.app_user (user_id)
);

CREATE INDEX IF NOT EXISTS ix_core_lead_merge_survivor_lead_id ON core.lead_merge (survivor_lead_id);
