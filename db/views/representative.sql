/*
bi.representative: the representatives of the reader's offices, one row per office.
Rows from security.bi_representative_rows() (security/bi_office_rows.sql): the reader's offices
Rows from security.bi_representative_rows() (security/bi_office_rows.sql): the reader's offices
only, before any predicate of the reader runs. Columns: db/CONTRACT.md, "BI views".
PostgreSQL twin: db/postgres/views/representative.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.representative
AS
SELECT
    r.user_id,
    r.display_name,
    r.office_id,
    r.office_code,
    r.is_active,
    r.lead_capacity
FROM security.bi_representative_rows() AS r;
GO
