/*
core.partner: a company that delivers leads in files (one import batch per file).
Written by app.save_partner. Created only when missing.
PostgreSQL twin: db/postgres/tables/partner.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.partner', N'U') IS NULL
    BEGIN
        CREATE TABLE core.partner (
            partner_id INT IDENTITY (1, 1) NOT NULL,
            partner_code VARCHAR(40) NOT NULL,
            partner_name NVARCHAR(200) NOT NULL,
            is_active BIT NOT NULL CONSTRAINT df_core_partner_is_active DEFAULT (1),
            CONSTRAINT pk_core_partner PRIMARY KEY CLUSTERED (partner_id),
            CONSTRAINT uq_core_partner_partner_code UNIQUE (partner_code)
        );
    END;
GO
