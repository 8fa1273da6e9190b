/*
bi.kpi: the KPIs of app.get_kpis (core.kpi_figures) for the reader's offices and every
representative, the last 90 days as of now (db/CONTRACT.md, "KPIs"; columns in "BI views").
Rows from security.bi_kpi_rows() (security/bi_office_rows.sql): the reader's offices
only, before any predicate of the reader runs. Columns: db/CONTRACT.md, "BI views".
PostgreSQL twin: db/postgres/views/kpi.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.kpi
AS
SELECT
    r.kpi_code,
    r.office_id,
    r.office_code,
    r.user_id,
    r.display_name,
    r.bucket,
    r.sort_order,
    r.value,
    r.base,
    r.rate,
    r.period_from,
    r.period_to
FROM security.bi_kpi_rows() AS r;
GO
