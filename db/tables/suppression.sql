/*
core.suppression: keys that hold every delivery matching them, hashed
(core.key_hash): a Robinson-style list uploaded by an admin (source 'list'), and
the markers an erased or anonymized lead leaves behind (source 'erasure',
'retention'), which keep nothing readable. until_date NULL: for good.
PostgreSQL twin: db/postgres/tables/suppression.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.suppression', N'U') IS NULL
    BEGIN
        CREATE TABLE core.suppression (
            suppression_id BIGINT IDENTITY (1, 1) NOT NULL,
            key_hash VARBINARY(32) NOT NULL,
            key_kind VARCHAR(10) NOT NULL,
            source VARCHAR(20) NOT NULL,
            until_date DATE NULL,
            created_at DATETIME2(3) NOT NULL CONSTRAINT df_core_suppression_created_at DEFAULT (SYSUTCDATETIME()),
            created_by INT NULL,
            CONSTRAINT pk_core_suppression PRIMARY KEY CLUSTERED (suppression_id),
            CONSTRAINT ck_core_suppression_key_kind CHECK (key_kind IN ('uid', 'name_plz', 'phone', 'email', 'domain')),
            CONSTRAINT ck_core_suppression_source CHECK (source IN ('list', 'erasure', 'retention'))
        );
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.suppression'), N'ix_core_suppression_key_hash', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_suppression_key_hash
            ON core.suppression (key_hash)
            INCLUDE (until_date);
    END;
GO
