/*
core.success_rate: counts of closed leads per office and segment, the inputs of the
next best lead's success factor (core.rank_next_leads), kept so that ranking reads a
few rows instead of aggregating every outcome of the office on each call.
user_id 0: the whole office; otherwise one representative's leads (every lead they
were ever assigned). factor: branche (NOGA division), size, canton; factor_value the
segment (byte-wise, as on PostgreSQL). outcome_count: leads won, qualified, lost or
do_not_contact; positive_count: won or qualified. Derived, not temporal:
core.refresh_success_rates rebuilds an office's rows set-based
(core.success_rate_refresh says when). Office data (a representative's record):
security.office_policy.
PostgreSQL twin: db/postgres/tables/success_rate.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.success_rate', N'U') IS NULL
    BEGIN
        CREATE TABLE core.success_rate (
            office_id SMALLINT NOT NULL,
            user_id INT NOT NULL,
            factor VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            factor_value VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            outcome_count INT NOT NULL,
            positive_count INT NOT NULL,
            CONSTRAINT pk_core_success_rate PRIMARY KEY CLUSTERED (office_id, user_id, factor, factor_value),
            CONSTRAINT fk_core_success_rate_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT ck_core_success_rate_factor CHECK (factor IN ('branche', 'size', 'canton')),
            CONSTRAINT ck_core_success_rate_counts CHECK (positive_count BETWEEN 0 AND outcome_count)
        );
    END;
GO
