-- PostgreSQL only: the key of the trigram index behind app.list_leads' search. SQL
-- Server searches with an accent- and case-insensitive collation instead.
-- core.search_key: lower case, accents removed ('Zürich' -> 'zurich'). IMMUTABLE so that
-- it can be indexed: unaccent with a fixed, schema-qualified dictionary gives the same
-- answer for the same text (the wrapper is the usual way to index it).
CREATE OR REPLACE FUNCTION core.search_key(p_text TEXT)
RETURNS TEXT
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
STRICT
AS $$
    SELECT pg_catalog.lower(core.unaccent('core.unaccent'::regdictionary, p_text));
$$;
