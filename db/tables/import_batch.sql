/*
core.import_batch: one partner file. status: receiving (started; a batch that stays
here was interrupted), imported, failed (error_message says why). received_at is
business time: it becomes the delivered_at of the batch's leads. One imported batch
per partner and content hash: the same file twice is a no-op. Outcome counts are per
office in core.import_batch_office (office data).
PostgreSQL twin: db/postgres/tables/import_batch.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.import_batch', N'U') IS NULL
    BEGIN
        CREATE TABLE core.import_batch (
            batch_id BIGINT IDENTITY (1, 1) NOT NULL,
            partner_id INT NOT NULL,
            file_name NVARCHAR(260) NOT NULL,
            content_hash CHAR(64) NOT NULL,
            received_at DATETIME2(3) NOT NULL,
            imported_by INT NOT NULL,
            started_at DATETIME2(3) NOT NULL CONSTRAINT df_core_import_batch_started_at DEFAULT (SYSUTCDATETIME()),
            finished_at DATETIME2(3) NULL,
            status VARCHAR(20) NOT NULL CONSTRAINT df_core_import_batch_status DEFAULT ('receiving'),
            row_count INT NULL,
            error_message NVARCHAR(4000) NULL,
            CONSTRAINT pk_core_import_batch PRIMARY KEY CLUSTERED (batch_id),
            CONSTRAINT fk_core_import_batch_partner_id_core_partner
            FOREIGN KEY (partner_id) REFERENCES core.partner (partner_id),
            CONSTRAINT fk_core_import_batch_imported_by_core_app_user
            FOREIGN KEY (imported_by) REFERENCES core.app_user (user_id),
            CONSTRAINT ck_core_import_batch_status CHECK (status IN ('receiving', 'imported', 'failed')),
            CONSTRAINT ck_core_import_batch_content_hash
            CHECK (content_hash COLLATE Latin1_General_100_BIN2 NOT LIKE '%[^0-9a-f]%')  -- noqa: CP02
        );
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.import_batch'), N'ux_core_import_batch_partner_id_content_hash', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_import_batch_partner_id_content_hash
            ON core.import_batch (partner_id, content_hash)
            WHERE status = 'imported';
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.import_batch'), N'ix_core_import_batch_received_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_import_batch_received_at
            ON core.import_batch (received_at);
    END;
GO
