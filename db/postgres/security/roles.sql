-- Roles of Leadbase on PostgreSQL (cluster-wide, created once; re-runnable).
--
--   leadbase_owner       NOLOGIN, not superuser: owns every schema, table and function,
--                        so FORCE ROW LEVEL SECURITY applies inside SECURITY DEFINER code.
--   leadbase_router      NOLOGIN BYPASSRLS: owns app.route_leads and app.set_plz_mapping,
--                        the only code that must see every office (re-routing).
--   leadbase_search      NOLOGIN BYPASSRLS: owns core.search_lead_ids, which may read
--                        only the searchable columns of core.lead (see that file).
--   leadbase_api         NOLOGIN group: may execute app.*; DBA operators are members
--                        (each login mapped to one user in security.dba_login_user).
--   leadbase_web         NOLOGIN group, member of leadbase_api: the web tier's login.
--                        Only its members may name a user through app.user_id and read
--                        credentials (app.get_user_credentials).
--   leadbase_bi          NOLOGIN group: may read bi.*; members are mapped to offices
--                        in security.bi_login_office.
--   leadbase_breakglass  NOLOGIN group: DBAs who may open an audited break-glass session.
--
-- Runs as a superuser. It ends with SET ROLE leadbase_owner: every later file of the
-- manifest runs in the same session and so creates objects owned by leadbase_owner.
DO $roles$
DECLARE
    v_role text;
BEGIN
    FOREACH v_role IN ARRAY ARRAY[
        'leadbase_owner', 'leadbase_router', 'leadbase_search', 'leadbase_api', 'leadbase_web',
        'leadbase_bi', 'leadbase_breakglass'
    ] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_role) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
        END IF;
    END LOOP;
END
$roles$;

ALTER ROLE leadbase_owner NOSUPERUSER NOBYPASSRLS NOCREATEROLE;
ALTER ROLE leadbase_router NOSUPERUSER BYPASSRLS NOCREATEROLE;
ALTER ROLE leadbase_search NOSUPERUSER BYPASSRLS NOCREATEROLE;

-- The owner hands app.route_leads and app.set_plz_mapping to the router and
-- core.search_lead_ids to leadbase_search, so it must be a member of both; role
-- attributes such as BYPASSRLS are never inherited.
GRANT leadbase_router TO leadbase_owner;
GRANT leadbase_search TO leadbase_owner;
-- The web tier executes app.* like any API member, and may name users besides.
GRANT leadbase_api TO leadbase_web;

DO $grants$
BEGIN
    EXECUTE format('GRANT CREATE, CONNECT ON DATABASE %I TO leadbase_owner', current_database());
    -- app.import_batch (owned by the router) works in temporary tables.
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO leadbase_router', current_database());
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format(
        'GRANT CONNECT ON DATABASE %I TO leadbase_api, leadbase_bi, leadbase_breakglass',
        current_database()
    );
END
$grants$;

-- Nobody but the owner creates objects in public.
REVOKE CREATE ON SCHEMA public FROM public;

SET ROLE leadbase_owner;
