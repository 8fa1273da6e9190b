/*
core.plan_routing(@mapping): the leads whose office would change under a mapping.

Parameters:
    @mapping  NULL = the current ranges in core.office_plz_range; else a proposed
              mapping, JSON as in app.set_plz_mapping (validated there first).
Result: lead_id, from_office_id (the lead's office now), to_office_id (its office
under the mapping). Leads that stay where they are are not returned; nor are leads
whose PLZ no range names when there is no catch-all office.

The rule itself is core.office_for_plz, applied once per distinct PLZ of the leads
(at most 9000), not once per lead, and joined back to the leads through
ix_core_lead_plz (plz) INCLUDE (office_id).
Row-level security applies: only app.route_leads and app.set_plz_mapping, running
WITH EXECUTE AS 'leadbase_router', see every office through it.

Callers: app.route_leads (@mapping = NULL), the dry run of app.set_plz_mapping.
PostgreSQL twin: db/postgres/functions/plan_routing.sql.
Example:
    SELECT p.lead_id, p.from_office_id, p.to_office_id
    FROM core.plan_routing(N'[{"office_code": "luzern", "plz_from": 6000, "plz_to": 6999}]') AS p;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.plan_routing(
    @mapping NVARCHAR(MAX)
)
RETURNS TABLE
AS
RETURN
WITH plz_office AS (
    SELECT
        p.plz,
        f.office_id
    FROM (
        SELECT DISTINCT l.plz
        FROM core.lead AS l
    ) AS p
    CROSS APPLY core.office_for_plz(p.plz, @mapping) AS f
)

SELECT
    l.lead_id,
    l.office_id AS from_office_id,
    po.office_id AS to_office_id
FROM core.lead AS l
INNER JOIN plz_office AS po ON l.plz = po.plz
WHERE l.office_id <> po.office_id;
GO
