/*
core.lead_merge: two leads of one office found to be the same company, merged by a
manager (app.merge_leads) with the mandatory reason, who and when. The merged lead
is gone from core.lead (its versions stay in history.lead); its events,
assignments, match keys and import decisions belong to the survivor now. No
foreign key on merged_lead_id for that reason. Office data: security.office_policy.
PostgreSQL twin: db/postgres/tables/lead_merge.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.lead_merge', N'U') IS NULL
    BEGIN
        CREATE TABLE core.lead_merge (
            merged_lead_id BIGINT NOT NULL,
            survivor_lead_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            reason NVARCHAR(500) NOT NULL,
            event_count INT NOT NULL,
            assignment_count INT NOT NULL,
            merged_by INT NOT NULL,
            merged_at DATETIME2(3) NOT NULL
            CONSTRAINT df_core_lead_merge_merged_at DEFAULT (SYSUTCDATETIME()),
            CONSTRAINT pk_core_lead_merge PRIMARY KEY CLUSTERED (merged_lead_id),
            CONSTRAINT fk_core_lead_merge_survivor_lead_id_core_lead
            FOREIGN KEY (survivor_lead_id) REFERENCES core.lead (lead_id),
            CONSTRAINT fk_core_lead_merge_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_lead_merge_merged_by_core_app_user
            FOREIGN KEY (merged_by) REFERENCES core.app_user (user_id)
        );
        CREATE INDEX ix_core_lead_merge_survivor_lead_id ON core.lead_merge (survivor_lead_id);
    END;
GO
