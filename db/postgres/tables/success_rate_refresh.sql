-- core.success_rate_refresh: when an office's core.success_rate rows were rebuilt, and
-- from how many closed leads. One row per office; a missing row means never.
CREATE TABLE IF NOT EXISTS core.success_rate_refresh (
    office_id SMALLINT NOT NULL,
    refreshed_at TIMESTAMPTZ NOT NULL,
    outcome_count INTEGER NOT NULL,
    CONSTRAINT pk_core_success_rate_refresh PRIMARY KEY (office_id),
    CONSTRAINT fk_core_success_rate_refresh_office_id_core_office
    FOREIGN KEY (office_id) REFERENCES core.office (office_id)
);
