/*
core.office_for_plz(@plz, @mapping): the one routing rule. A PLZ belongs to the
office whose range contains it, else to the catch-all office.

Parameters:
    @plz      the PLZ to route (1000-9999).
    @mapping  NULL = the current ranges in core.office_plz_range; else a proposed
              mapping, JSON as in app.set_plz_mapping:
              [{"office_code": "luzern", "plz_from": 6000, "plz_to": 6499}, ...].
              Validated by app.set_plz_mapping before it gets here.
Result: office_id; no row when no range contains the PLZ and no office is the
catch-all. Ranges do not overlap (app.set_plz_mapping refuses overlaps); should
they, the range starting first wins, so the answer is still deterministic.

Callers: core.plan_routing (routing of existing leads), app.add_lead (a new lead).
PostgreSQL twin: db/postgres/functions/office_for_plz.sql.
Example:
    SELECT f.office_id FROM core.office_for_plz(6003, NULL) AS f;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.office_for_plz(
    @plz INT,
    @mapping NVARCHAR(MAX)
)
RETURNS TABLE
AS
RETURN
SELECT TOP (1) candidate.office_id
FROM (
    -- The current ranges.
    SELECT
        r.office_id,
        0 AS precedence,
        r.plz_from
    FROM core.office_plz_range AS r
    WHERE
        @mapping IS NULL
        AND @plz BETWEEN r.plz_from AND r.plz_to

    UNION ALL

    -- A proposed mapping.
    SELECT
        o.office_id,
        0 AS precedence,
        m.plz_from
    FROM
        OPENJSON (@mapping) WITH (
            office_code VARCHAR(20) '$.office_code',
            plz_from INT '$.plz_from',
            plz_to INT '$.plz_to'
        ) AS m
    INNER JOIN core.office AS o ON m.office_code = o.office_code
    WHERE @plz BETWEEN m.plz_from AND m.plz_to

    UNION ALL

    -- Every PLZ no range names.
    SELECT
        o.office_id,
        1 AS precedence,
        NULL AS plz_from
    FROM core.office AS o
    WHERE o.is_catch_all = 1
) AS candidate
ORDER BY candidate.precedence ASC, candidate.plz_from ASC;
GO
