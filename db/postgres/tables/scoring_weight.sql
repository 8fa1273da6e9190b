-- core.scoring_weight: the weights of one model version (core.scoring_model), one row
-- per value of each factor seen among its training leads: positive_count,
-- negative_count, and weight, the value's log-odds contribution (already multiplied
-- by the model's scale). A value the model never saw contributes 0.
-- weight = scale x (logit(rate) - logit(parent)), rate = (positives + 10 x parent)
-- / (outcomes + 10): a rare value stays near its parent. The parent of a NOGA
-- division is its section's smoothed rate, of every other value the prior p0.
-- Office data: under the office policy.
CREATE TABLE IF NOT EXISTS core.scoring_weight (
    model_id BIGINT NOT NULL,
    office_id SMALLINT NOT NULL,
    factor_code VARCHAR(20) NOT NULL,
    factor_value VARCHAR(40) NOT NULL,
    weight NUMERIC(9, 4) NOT NULL,
    positive_count INTEGER NOT NULL,
    negative_count INTEGER NOT NULL,
    CONSTRAINT pk_core_scoring_weight PRIMARY KEY (model_id, factor_code, factor_value),
    CONSTRAINT fk_core_scoring_weight_model_id_core_scoring_model
    FOREIGN KEY (model_id) REFERENCES core.scoring_model (model_id),
    CONSTRAINT fk_core_scoring_weight_office_id_core_office
    FOREIGN KEY (office_id) REFERENCES core.office (office_id),
    CONSTRAINT fk_core_scoring_weight_factor_code_core_scoring_factor
    FOREIGN KEY (factor_code) REFERENCES core.scoring_factor (code)
);
