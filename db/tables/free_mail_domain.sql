/*
core.free_mail_domain: e-mail providers whose domain says nothing about the company
(gmail.com, bluewin.ch, ...): never a domain match key. Seed: seed/030_import.sql.
PostgreSQL twin: db/postgres/tables/free_mail_domain.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.free_mail_domain', N'U') IS NULL
    BEGIN
        CREATE TABLE core.free_mail_domain (
            domain VARCHAR(100) NOT NULL,
            CONSTRAINT pk_core_free_mail_domain PRIMARY KEY CLUSTERED (domain)
        );
    END;
GO
