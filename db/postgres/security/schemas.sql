-- The six schemas of Leadbase. core: tables and internal helpers; history: history
-- tables; app: the procedures clients call; bi: secured views; security: predicates,
-- policies and access mappings; stage: import staging.
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS history;
CREATE SCHEMA IF NOT EXISTS app;
CREATE SCHEMA IF NOT EXISTS bi;
CREATE SCHEMA IF NOT EXISTS security;
CREATE SCHEMA IF NOT EXISTS stage;

-- Accent-insensitive search (trusted extension: the owner may create it).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA core;

-- Functions are executable by PUBLIC by default: not here.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM public;
REVOKE ALL ON SCHEMA core, history, app, bi, security, stage FROM public;

-- app.route_leads and app.set_plz_mapping are handed to leadbase_router, which must
-- be allowed to own objects in app.
GRANT USAGE, CREATE ON SCHEMA app TO leadbase_router;
