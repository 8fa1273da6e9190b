/*
core.success_rate_refresh: when an office's core.success_rate rows were rebuilt, and
from how many closed leads. One row per office; a missing row means never. Office
data: security.office_policy.
PostgreSQL twin: db/postgres/tables/success_rate_refresh.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.success_rate_refresh', N'U') IS NULL
    BEGIN
        CREATE TABLE core.success_rate_refresh (
            office_id SMALLINT NOT NULL,
            refreshed_at DATETIME2(3) NOT NULL,
            outcome_count INT NOT NULL,
            CONSTRAINT pk_core_success_rate_refresh PRIMARY KEY CLUSTERED (office_id),
            CONSTRAINT fk_core_success_rate_refresh_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id)
        );
    END;
GO
