/*
bi.office: the sales offices, for BI tools' slicers.

Columns: office_id, office_code, office_name, is_catch_all.
Office names are not secret: every reader sees all offices.
Callers: members of leadbase_bi (SELECT on schema bi).
Same columns, in the same order, as db/postgres/views/office.sql.
Example: SELECT o.office_id, o.office_code FROM bi.office AS o;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.office
AS
SELECT
    o.office_id,
    o.office_code,
    o.office_name,
    o.is_catch_all
FROM core.office AS o;
GO
