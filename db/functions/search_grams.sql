/*
core.search_grams(@search_key): the distinct three-character pieces (grams) of a
search key, for the search of app.list_leads.

Why grams: SQL Server has no trigram index. core.lead_search_gram holds every lead's
grams, keyed (office_id, gram, lead_id), kept by the trigger core.tr_lead_search_gram;
a search looks up the term's grams in the caller's offices only, keeps the leads that
have all of them, and rechecks LIKE on the stored key (core.lead.search_key). Full-text
search was not chosen: it finds words and word prefixes, not substrings ("holz" in
"Bauholz"), is filled asynchronously (a new lead is not found at once), and its index
is not keyed by office, so its cost would depend on other offices' rows.

Grams compare under Latin1_General_100_CI_AI: case and accents do not count ('zür' =
'zur'); DISTINCT keeps one of each such group. Keys shorter than three characters have
no grams (the search then scans the caller's offices with LIKE).
An inline table-valued function (expanded into the caller's query), schema-bound and
deterministic; before the tables in db/manifest.txt because the trigger uses it.
PostgreSQL twin: db/postgres/functions/search_grams.sql explains why it has none
(pg_trgm's GIN index on core.lead.search_key does this there).
Example:
    SELECT g.gram FROM core.search_grams(N'müller holzbau ag luzern') AS g;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.search_grams(
    @search_key NVARCHAR(301)
)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN
SELECT DISTINCT -- noqa: LT09
    CAST(SUBSTRING(@search_key, p.position, 3) AS NCHAR(3)) COLLATE Latin1_General_100_CI_AI AS gram -- noqa: CP02
FROM (
    SELECT ones.digit + 10 * tens.digit + 100 * hundreds.digit + 1 AS position
    FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS ones(digit)
    CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS tens(digit)
    CROSS JOIN (VALUES (0), (1), (2), (3)) AS hundreds(digit)
) AS p
WHERE p.position <= LEN(@search_key) - 2;
GO
