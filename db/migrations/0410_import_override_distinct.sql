/*
Migration 0410: core.import_override records a second kind of override, 'distinct'
(a false match marked as a different company, app.mark_import_row_distinct), beside
'release'. A no-op on a fresh database (tables/import_override.sql declares the new
check). The table is not temporal and no schema-bound object uses the column.
See db/CONTRACT.md, "Schema changes".
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF
    EXISTS (
        SELECT 1
        FROM sys.check_constraints AS c
        WHERE
            c.parent_object_id = OBJECT_ID(N'core.import_override')
            AND c.name = N'ck_core_import_override_action'
            AND OBJECT_DEFINITION(c.object_id) NOT LIKE N'%distinct%'
    )
    BEGIN
        ALTER TABLE core.import_override DROP CONSTRAINT ck_core_import_override_action;
    END;
GO

IF OBJECT_ID(N'core.ck_core_import_override_action', N'C') IS NULL
    BEGIN
        ALTER TABLE core.import_override
        ADD CONSTRAINT ck_core_import_override_action CHECK (action IN ('release', 'distinct'));
    END;
GO
