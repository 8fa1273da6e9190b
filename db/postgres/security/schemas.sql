-- The six schemas of Leadbase. core: tables and internal helpers; history: history
-- tables; app: the procedures clients call; bi: secured views; security: predicates,
-- policies and access mappings; stage: import staging.
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS history;
CREATE SCHEMA IF NOT EXISTS app;
CREATE SCHEMA IF NOT EXISTS bi;
CREATE SCHEMA IF NOT EXISTS security;
CREATE SCHEMA IF NOT EXISTS stage;

-- Accent-insensitive substring search with a trigram index (trusted extensions:
-- the owner may create them).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA core;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA core;
CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA core;
-- Strong random bytes for secrets (core.gen_random_bytes: the calendar feed links).
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA core;

-- Functions are executable by PUBLIC by default: not here.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM public;
REVOKE ALL ON SCHEMA core, history, app, bi, security, stage FROM public;

-- app.route_leads and app.set_plz_mapping are handed to leadbase_router, and
-- core.search_lead_ids to leadbase_search; each must be allowed to own objects there.
GRANT USAGE, CREATE ON SCHEMA app TO leadbase_router;
GRANT USAGE, CREATE ON SCHEMA core TO leadbase_search;
