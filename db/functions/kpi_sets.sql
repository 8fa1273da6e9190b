/*
The three row sets the KPIs are computed from, as the database knew them at an
instant (system time: FOR SYSTEM_TIME AS OF reads the current rows and their history).
The office security policy filters core and history tables alike, so each returns the
caller's offices' rows only. Inline table-valued functions, not schema-bound
(FOR SYSTEM_TIME is not allowed there); called by app.get_kpis, which limits them to
the caller's offices once more for the plan (db/CONTRACT.md, "KPIs").
The PostgreSQL twins (db/postgres/functions/kpi_sets.sql) take the offices as an
array; T-SQL has none, the procedure joins them instead.

    core.kpi_leads_as_of(@as_of)        lead_id, office_id, status, delivered_at
    core.kpi_assignments_as_of(@as_of)  lead_id, user_id (the current assignment then)
    core.kpi_events_as_of(@as_of)       event_id, lead_id, office_id, user_id, event_at,
                                        event_type, new_status (every event recorded by then)
Example:
    SELECT * FROM core.kpi_leads_as_of('2026-06-30T00:00:00');
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.kpi_leads_as_of(@as_of DATETIME2(3))
RETURNS TABLE
AS
RETURN
SELECT
    l.lead_id,
    l.office_id,
    l.status,
    l.delivered_at
FROM core.lead FOR SYSTEM_TIME AS OF @as_of AS l;
GO

CREATE OR ALTER FUNCTION core.kpi_assignments_as_of(@as_of DATETIME2(3))
RETURNS TABLE
AS
RETURN
SELECT
    a.lead_id,
    a.office_id,
    a.user_id
FROM core.lead_assignment FOR SYSTEM_TIME AS OF @as_of AS a
WHERE a.assigned_until IS NULL;
GO

CREATE OR ALTER FUNCTION core.kpi_events_as_of(@as_of DATETIME2(3))
RETURNS TABLE
AS
RETURN
SELECT
    e.event_id,
    e.lead_id,
    e.office_id,
    e.user_id,
    e.event_at,
    e.event_type,
    e.new_status
FROM core.lead_event FOR SYSTEM_TIME AS OF @as_of AS e;
GO
