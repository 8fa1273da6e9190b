/*
hide_statistics.sql: what a Leadbase principal must not see about rows outside
its offices, beyond the rows themselves.

    SHOWPLAN             execution plans (estimated and actual row counts of every
                         operator, including those under row-level security)
    VIEW DATABASE STATE  the DMVs (sys.dm_db_partition_stats row counts,
                         sys.dm_db_index_usage_stats activity, query stats)

are denied to leadbase_bi and leadbase_api (the web tier and DBAs calling
procedures). Catalog views such as sys.partitions and DBCC SHOW_STATISTICS show
a table only to principals with a permission on it; these roles have none on
core, history or security (security/grants.sql denies them). What remains is in
the README ("Connecting a BI tool"), after Microsoft's "Row-level security" page,
section "Security note: side-channel attacks". The PostgreSQL twin revokes the
statistics views and functions from PUBLIC. Re-runnable (DENY is).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

DENY SHOWPLAN TO leadbase_bi, leadbase_api;

DENY VIEW DATABASE STATE TO leadbase_bi, leadbase_api;
GO
