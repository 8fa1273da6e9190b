/*
core.partner_column: a partner's file headers and the Leadbase field each one fills
(the columns of stage.import_row). Headers are stored lower case and trimmed; a
header that names a field itself needs no row here. Written by app.save_partner.
PostgreSQL twin: db/postgres/tables/partner_column.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.partner_column', N'U') IS NULL
    BEGIN
        CREATE TABLE core.partner_column (
            partner_id INT NOT NULL,
            source_header NVARCHAR(200) NOT NULL,
            field_name VARCHAR(40) NOT NULL,
            CONSTRAINT pk_core_partner_column PRIMARY KEY CLUSTERED (partner_id, source_header),
            CONSTRAINT fk_core_partner_column_partner_id_core_partner
            FOREIGN KEY (partner_id) REFERENCES core.partner (partner_id),
            CONSTRAINT ck_core_partner_column_field_name CHECK (field_name IN (
                'company_name', 'legal_form', 'uid', 'street', 'plz', 'ort', 'canton', 'phone', 'email',
                'website', 'branche', 'size_category', 'no_advertising'
            ))
        );
    END;
GO
