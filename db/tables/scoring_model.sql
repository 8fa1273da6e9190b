/*
core.scoring_model: one fitted version of an office's learned score
(app.refit_scoring_model). Trained on the office's leads delivered within
trained_from..trained_to (business dates; NULL from: since the first) that have an
outcome: positive won, qualified; negative lost, do_not_contact, or a latest feedback
not_interested. Leads whose (lead_id x 7919) % 100 is below holdout_percent are held
out: quality (auc, log_loss) is measured on them (quality_basis 'holdout'), or on the
training leads when none are held out ('training').
prior_log_odds: ln(p0 / (1 - p0)), p0 = (positives + 1) / (outcomes + 2); scale: the
factor (0.20-1.00) applied to every weight, chosen on the training leads for the
lowest log-loss (naive Bayes counts correlated factors twice).
rescored_at: when app.rescore_leads last gave every lead of the office a score with
this model. Versions are kept: core.lead_score and explanations name them.
Not system-versioned (versions are rows). Office data (what an office learned from
its outcomes): security.office_policy.
PostgreSQL twin: db/postgres/tables/scoring_model.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.scoring_model', N'U') IS NULL
    BEGIN
        CREATE TABLE core.scoring_model (
            model_id BIGINT IDENTITY (1, 1) NOT NULL,
            office_id SMALLINT NOT NULL,
            trained_from DATE NULL,
            trained_to DATE NOT NULL,
            holdout_percent SMALLINT NOT NULL,
            fitted_at DATETIME2(3) NOT NULL
            CONSTRAINT df_core_scoring_model_fitted_at DEFAULT (SYSUTCDATETIME()),
            fitted_by INT NOT NULL,
            positive_count INT NOT NULL,
            negative_count INT NOT NULL,
            holdout_count INT NOT NULL,
            prior_log_odds DECIMAL(9, 4) NOT NULL,
            scale DECIMAL(4, 2) NOT NULL,
            quality_basis VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            auc DECIMAL(5, 4) NULL,
            log_loss DECIMAL(9, 4) NULL,
            rescored_at DATETIME2(3) NULL,
            CONSTRAINT pk_core_scoring_model PRIMARY KEY CLUSTERED (model_id),
            CONSTRAINT fk_core_scoring_model_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_scoring_model_fitted_by_core_app_user
            FOREIGN KEY (fitted_by) REFERENCES core.app_user (user_id),
            CONSTRAINT ck_core_scoring_model_holdout_percent CHECK (holdout_percent BETWEEN 0 AND 50),
            CONSTRAINT ck_core_scoring_model_quality_basis CHECK (quality_basis IN ('holdout', 'training'))
        );
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.scoring_model'), N'ix_core_scoring_model_office_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_scoring_model_office_id
            ON core.scoring_model (office_id, model_id DESC);
    END;
GO
