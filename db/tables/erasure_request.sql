/*
core.erasure_request: a per-lead erasure request (Swiss nDSG): who asked it to be done,
when and why, and how many hashed suppression markers it left. Nothing of the erased
data is kept here. history_anonymized_at: when the lead's history rows were anonymized
too, by core.anonymize_history (functions/anonymize_history.sql), which switches system
versioning off and on; NULL until a DBA (or a scheduled job) has run it.
PostgreSQL twin: db/postgres/tables/erasure_request.sql (there the history is
anonymized at once).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.erasure_request', N'U') IS NULL
    BEGIN
        CREATE TABLE core.erasure_request (
            erasure_request_id BIGINT IDENTITY (1, 1) NOT NULL,
            lead_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            reason NVARCHAR(500) NOT NULL,
            requested_by INT NOT NULL,
            requested_at DATETIME2(3) NOT NULL CONSTRAINT df_core_erasure_request_requested_at DEFAULT (
                SYSUTCDATETIME()
            ),
            marker_count INT NOT NULL,
            history_anonymized_at DATETIME2(3) NULL,
            CONSTRAINT pk_core_erasure_request PRIMARY KEY CLUSTERED (erasure_request_id),
            CONSTRAINT fk_core_erasure_request_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_erasure_request_requested_by_core_app_user
            FOREIGN KEY (requested_by) REFERENCES core.app_user (user_id)
        );
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.erasure_request'), N'ix_core_erasure_request_pending', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_erasure_request_pending
            ON core.erasure_request (erasure_request_id)
            WHERE history_anonymized_at IS NULL;
    END;
GO
