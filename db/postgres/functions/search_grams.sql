-- Twin of the T-SQL core.search_grams, which cuts a search key into the three-character
-- pieces of SQL Server's n-gram table (core.lead_search_gram). PostgreSQL needs neither:
-- pg_trgm's GIN indexes on core.lead.search_key (seed/020_lead_search_indexes.sql) do
-- that work. This file intentionally creates nothing.
SELECT 1 AS no_search_grams_on_postgresql;
