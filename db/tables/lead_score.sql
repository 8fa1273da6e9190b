/*
core.lead_score: a lead's learned score, beside the lead so that a rescore does not
write a version of every lead into history.lead (core.lead is system-versioned;
core.lead.score stays the initial score of core.initial_score). Not system-versioned.
One row per lead: office_id (the lead's, kept equal by routing), model_id (the
core.scoring_model that scored it; NULL: the initial score, for a lead added or moved
here since the last rescore), score 0-100, log_odds (prior + the contributions),
scored_at, and the lead's value of each factor when it was scored. A factor's
contribution is the model's weight for that value (core.scoring_weight; 0 for a value
it never saw), so score = ROUND(100 / (1 + EXP(-log_odds)), 0) replays from the
stored rows.
Written by app.rescore_leads (every lead of an office), core.tr_lead_keep_lead_score
(a new lead of a rescored office), routing (a moved lead: its new office, the initial
score) and merges (the merged lead's row goes). Values compare byte-wise.
Office data: security.office_policy.
PostgreSQL twin: db/postgres/tables/lead_score.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.lead_score', N'U') IS NULL
    BEGIN
        CREATE TABLE core.lead_score (
            lead_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            model_id BIGINT NULL,
            score SMALLINT NOT NULL,
            log_odds DECIMAL(9, 4) NULL,
            scored_at DATETIME2(3) NOT NULL
            CONSTRAINT df_core_lead_score_scored_at DEFAULT (SYSUTCDATETIME()),
            noga_section VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            noga_division VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            size_category VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            region VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            partner VARCHAR(40) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            batch_age VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            contacts VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            completeness VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            feedback VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            CONSTRAINT pk_core_lead_score PRIMARY KEY CLUSTERED (lead_id),
            CONSTRAINT fk_core_lead_score_lead_id_core_lead
            FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
            CONSTRAINT fk_core_lead_score_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_lead_score_model_id_core_scoring_model
            FOREIGN KEY (model_id) REFERENCES core.scoring_model (model_id),
            CONSTRAINT ck_core_lead_score_score CHECK (score BETWEEN 0 AND 100)
        );
    END;
GO

-- The next best lead's pool walks this index in a rescored office (core.rank_next_leads).
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_score'), N'ix_core_lead_score_office_id_score', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_score_office_id_score
            ON core.lead_score (office_id, score DESC, lead_id DESC);
    END;
GO
