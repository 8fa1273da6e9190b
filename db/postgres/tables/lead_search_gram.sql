-- Twin of the T-SQL core.lead_search_gram, SQL Server's n-gram table for the lead
-- search. PostgreSQL searches through pg_trgm GIN indexes on the stored key
-- core.lead.search_key instead, one per office (seed/020_lead_search_indexes.sql).
-- This file intentionally creates nothing.
SELECT 1 AS no_lead_search_gram_on_postgresql;
