-- core.lead_score: a lead's learned score, beside the lead so that a rescore does not
-- write a version of every lead into history.lead (core.lead.score stays the initial
-- score of core.initial_score). One row per lead: office_id (the lead's, kept equal
-- by routing), model_id (the core.scoring_model that scored it; NULL: the initial
-- score, for a lead added or moved here since the last rescore), score 0-100,
-- log_odds (prior + the contributions), scored_at, and the lead's value of each
-- factor when it was scored. A factor's contribution is the model's weight for that
-- value (core.scoring_weight; 0 for a value it never saw), so
-- score = round(100 / (1 + exp(-log_odds))) replays from the stored rows.
-- Written by app.rescore_leads (every lead of an office), core.keep_lead_score (a new
-- lead of a rescored office), routing (a moved lead: its new office, the initial
-- score) and merges (the merged lead's row goes). Office data.
CREATE TABLE IF NOT EXISTS core.lead_score (
    lead_id BIGINT NOT NULL,
    office_id SMALLINT NOT NULL,
    model_id BIGINT,
    score SMALLINT NOT NULL,
    log_odds NUMERIC(9, 4),
    scored_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    noga_section VARCHAR(20),
    noga_division VARCHAR(20),
    size_category VARCHAR(20),
    region VARCHAR(20),
    partner VARCHAR(40),
    batch_age VARCHAR(20),
    contacts VARCHAR(20),
    completeness VARCHAR(20),
    feedback VARCHAR(20),
    CONSTRAINT pk_core_lead_score PRIMARY KEY (lead_id),
    CONSTRAINT fk_core_lead_score_lead_id_core_lead
    FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
    CONSTRAINT fk_core_lead_score_office_id_core_office
    FOREIGN KEY (office_id) REFERENCES core.office (office_id),
    CONSTRAINT fk_core_lead_score_model_id_core_scoring_model
    FOREIGN KEY (model_id) REFERENCES core.scoring_model (model_id),
    CONSTRAINT ck_core_lead_score_score CHECK (score BETWEEN 0 AND 100)
);

-- The next best lead's pool walks this index in a rescored office (core.rank_next_leads).
CREATE INDEX IF NOT EXISTS ix_core_lead_score_office_id_score
ON core.lead_score (office_id, score DESC, lead_id DESC);
