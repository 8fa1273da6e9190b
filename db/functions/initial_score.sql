/*
core.initial_score(...): the profile score a new lead starts with, until the
scoring model replaces it.

Rule: size micro 10, small 25, medium 40, large 55 (unknown or NULL 0);
+15 phone, +15 email, +10 website, +5 UID (a value counts when it is not NULL);
at most 100.

Parameters: @size_category (micro | small | medium | large), @phone, @email,
@website, @uid (NULL = absent).
Result: one row, score SMALLINT (0-100).
An inline table-valued function rather than a scalar one: it is expanded into the
calling query, so it never blocks parallelism or runs once per row.

Callers: app.add_lead.
PostgreSQL twin: db/postgres/functions/initial_score.sql.
Example:
    SELECT s.score FROM core.initial_score('medium', '041 123 45 67', NULL, NULL, NULL) AS s;  -- 55
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.initial_score(
    @size_category VARCHAR(10),
    @phone VARCHAR(30),
    @email VARCHAR(254),
    @website VARCHAR(254),
    @uid VARCHAR(15)
)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN
SELECT CAST(CASE WHEN raw.score > 100 THEN 100 ELSE raw.score END AS SMALLINT) AS score
FROM (
    SELECT
        CASE @size_category
            WHEN 'micro' THEN 10
            WHEN 'small' THEN 25
            WHEN 'medium' THEN 40
            WHEN 'large' THEN 55
            ELSE 0
        END
        + CASE WHEN @phone IS NULL THEN 0 ELSE 15 END
        + CASE WHEN @email IS NULL THEN 0 ELSE 15 END
        + CASE WHEN @website IS NULL THEN 0 ELSE 10 END
        + CASE WHEN @uid IS NULL THEN 0 ELSE 5 END AS score
) AS raw;
GO
