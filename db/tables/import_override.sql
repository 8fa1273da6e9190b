/*
core.import_override: a manager's reversal of an import decision, with the mandatory
reason, who and when. action: release (a held row becomes a new lead), distinct (a
false match becomes a new lead, remembered in core.distinct_lead_pair). Office data
(the decision's office): security.office_policy.
PostgreSQL twin: db/postgres/tables/import_override.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.import_override', N'U') IS NULL
    BEGIN
        CREATE TABLE core.import_override (
            override_id BIGINT IDENTITY (1, 1) NOT NULL,
            decision_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            action VARCHAR(20) NOT NULL,
            reason NVARCHAR(500) NOT NULL,
            lead_id BIGINT NULL,
            overridden_by INT NOT NULL,
            overridden_at DATETIME2(3) NOT NULL
            CONSTRAINT df_core_import_override_overridden_at DEFAULT (SYSUTCDATETIME()),
            CONSTRAINT pk_core_import_override PRIMARY KEY CLUSTERED (override_id),
            CONSTRAINT uq_core_import_override_decision_id UNIQUE (decision_id),
            CONSTRAINT fk_core_import_override_decision_id_core_import_decision
            FOREIGN KEY (decision_id) REFERENCES core.import_decision (decision_id),
            CONSTRAINT fk_core_import_override_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_import_override_overridden_by_core_app_user
            FOREIGN KEY (overridden_by) REFERENCES core.app_user (user_id),
            CONSTRAINT ck_core_import_override_action CHECK (action IN ('release', 'distinct'))
        );
    END;
GO
