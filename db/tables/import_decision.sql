/*
core.import_decision: what the import decided for each row of a batch, with the
reason, the key that matched, the date a suppression lasts until, and the row's data
(a manager can release a held row). office_id is the office the row routes to by PLZ
(the catch-all office when the PLZ is not Swiss): security.office_policy. lead_id is
the lead created or refreshed; NULL for held rows, which never name the lead that
held them.
PostgreSQL twin: db/postgres/tables/import_decision.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.import_decision', N'U') IS NULL
    BEGIN
        CREATE TABLE core.import_decision (
            decision_id BIGINT IDENTITY (1, 1) NOT NULL,
            batch_id BIGINT NOT NULL,
            row_no INT NOT NULL,
            office_id SMALLINT NOT NULL,
            reason_code VARCHAR(30) NOT NULL,
            matched_key VARCHAR(20) NULL,
            field_name VARCHAR(40) NULL,
            until_date DATE NULL,
            duplicate_of_row INT NULL,
            uid_finding BIT NOT NULL CONSTRAINT df_core_import_decision_uid_finding DEFAULT (0),
            lead_id BIGINT NULL,
            company_name NVARCHAR(400) NULL,
            legal_form NVARCHAR(40) NULL,
            uid NVARCHAR(40) NULL,
            street NVARCHAR(400) NULL,
            plz NVARCHAR(40) NULL,
            ort NVARCHAR(200) NULL,
            canton NVARCHAR(10) NULL,
            phone NVARCHAR(60) NULL,
            email NVARCHAR(400) NULL,
            website NVARCHAR(400) NULL,
            branche NVARCHAR(20) NULL,
            size_category NVARCHAR(20) NULL,
            no_advertising BIT NOT NULL CONSTRAINT df_core_import_decision_no_advertising DEFAULT (0),
            CONSTRAINT pk_core_import_decision PRIMARY KEY CLUSTERED (decision_id),
            CONSTRAINT uq_core_import_decision_batch_id_row_no UNIQUE (batch_id, row_no),
            CONSTRAINT fk_core_import_decision_batch_id_core_import_batch
            FOREIGN KEY (batch_id) REFERENCES core.import_batch (batch_id),
            CONSTRAINT fk_core_import_decision_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_import_decision_reason_code_core_import_reason
            FOREIGN KEY (reason_code) REFERENCES core.import_reason (reason_code),
            CONSTRAINT ck_core_import_decision_matched_key
            CHECK (matched_key IN ('uid', 'name_plz', 'phone', 'email', 'domain'))
        );
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.import_decision'), N'ix_core_import_decision_office_id_batch_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_import_decision_office_id_batch_id
            ON core.import_decision (office_id, batch_id, reason_code);
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.import_decision'), N'ix_core_import_decision_lead_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_import_decision_lead_id
            ON core.import_decision (lead_id)
            WHERE lead_id IS NOT NULL;
    END;
GO
