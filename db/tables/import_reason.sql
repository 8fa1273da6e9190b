/*
core.import_reason: the one list of import decisions and their reasons, with labels
(seed/030_import.sql). decision_code: new, refreshed, suppressed, duplicate, invalid.
PostgreSQL twin: db/postgres/tables/import_reason.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.import_reason', N'U') IS NULL
    BEGIN
        CREATE TABLE core.import_reason (
            reason_code VARCHAR(30) NOT NULL,
            decision_code VARCHAR(20) NOT NULL,
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_import_reason PRIMARY KEY CLUSTERED (reason_code),
            CONSTRAINT ck_core_import_reason_decision_code
            CHECK (decision_code IN ('new', 'refreshed', 'suppressed', 'duplicate', 'invalid'))
        );
    END;
GO
