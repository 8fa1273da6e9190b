/*
stage.import_row: the rows of a partner file as read, all text, keyed by batch and
row number (1 = the first data row). The reader streams them in (app.stage_import_rows,
OPENJSON chunks) in the same transaction as app.import_batch, which decides every row
and deletes them. Fields are already mapped to Leadbase names (core.partner_column).
PostgreSQL twin: db/postgres/tables/import_row.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'stage.import_row', N'U') IS NULL
    BEGIN
        CREATE TABLE stage.import_row (
            batch_id BIGINT NOT NULL,
            row_no INT NOT NULL,
            company_name NVARCHAR(4000) NULL,
            legal_form NVARCHAR(4000) NULL,
            uid NVARCHAR(4000) NULL,
            street NVARCHAR(4000) NULL,
            plz NVARCHAR(4000) NULL,
            ort NVARCHAR(4000) NULL,
            canton NVARCHAR(4000) NULL,
            phone NVARCHAR(4000) NULL,
            email NVARCHAR(4000) NULL,
            website NVARCHAR(4000) NULL,
            branche NVARCHAR(4000) NULL,
            size_category NVARCHAR(4000) NULL,
            no_advertising NVARCHAR(4000) NULL,
            CONSTRAINT pk_stage_import_row PRIMARY KEY CLUSTERED (batch_id, row_no)
        );
    END;
GO
