/*
core.scoring_weight: the weights of one model version (core.scoring_model), one row
per value of each factor seen among its training leads: positive_count,
negative_count, and weight, the value's log-odds contribution (already multiplied by
the model's scale). A value the model never saw contributes 0.
weight = scale * (logit(rate) - logit(parent)), rate = (positives + 10 * parent)
/ (outcomes + 10): a rare value stays near its parent. The parent of a NOGA division
is its section's smoothed rate, of every other value the prior p0.
Values compare byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
Office data: security.office_policy.
PostgreSQL twin: db/postgres/tables/scoring_weight.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.scoring_weight', N'U') IS NULL
    BEGIN
        CREATE TABLE core.scoring_weight (
            model_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            factor_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            factor_value VARCHAR(40) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            weight DECIMAL(9, 4) NOT NULL,
            positive_count INT NOT NULL,
            negative_count INT NOT NULL,
            CONSTRAINT pk_core_scoring_weight PRIMARY KEY CLUSTERED (model_id, factor_code, factor_value),
            CONSTRAINT fk_core_scoring_weight_model_id_core_scoring_model
            FOREIGN KEY (model_id) REFERENCES core.scoring_model (model_id),
            CONSTRAINT fk_core_scoring_weight_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_scoring_weight_factor_code_core_scoring_factor
            FOREIGN KEY (factor_code) REFERENCES core.scoring_factor (code)
        );
    END;
GO
