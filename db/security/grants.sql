/*
grants.sql: the only permissions Leadbase's roles have.

    leadbase_api         EXECUTE on schema app (the procedures) and on the table
                         type core.lead_id_list (declared inside two of them)
    leadbase_bi          SELECT on schema bi (the secured views)
    leadbase_breakglass  EXECUTE on security.open_break_glass, SELECT on schema bi
                         (an open window reads every office there, as on
                         PostgreSQL; without one the views return nothing)

Tables are reached only through those procedures and views, all owned by dbo:
ownership chaining skips the permission check on the tables, and row-level
security (security.office_policy) still applies. Direct table access is denied
to every role on the schemas that hold tables (core, history, security, stage), so a
later careless GRANT cannot open them. leadbase_router is a member of
leadbase_api and needs nothing more: the routing procedures reach the tables by
ownership chaining too.
No other permissions; re-runnable (GRANT and DENY are).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

GRANT EXECUTE ON SCHEMA::app TO leadbase_api;

GRANT SELECT ON SCHEMA::bi TO leadbase_bi, leadbase_breakglass;

GRANT EXECUTE ON OBJECT::security.open_break_glass TO leadbase_breakglass;

-- app.erase_lead and app.apply_retention declare a core.lead_id_list for
-- core.erase_leads: declaring a variable of a table type needs EXECUTE on the type.
GRANT EXECUTE ON TYPE::core.lead_id_list TO leadbase_api;

DENY SELECT, INSERT, UPDATE, DELETE ON SCHEMA::core TO leadbase_api, leadbase_bi, leadbase_breakglass;

DENY SELECT, INSERT, UPDATE, DELETE ON SCHEMA::history TO leadbase_api, leadbase_bi, leadbase_breakglass;

DENY SELECT, INSERT, UPDATE, DELETE ON SCHEMA::security TO leadbase_api, leadbase_bi, leadbase_breakglass;
DENY SELECT, INSERT, UPDATE, DELETE ON SCHEMA::stage TO leadbase_api, leadbase_bi, leadbase_breakglass;
GO
