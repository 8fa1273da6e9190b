/*
bi.office: the sales offices, for BI tools.

Columns: office_id, office_code, office_name, is_catch_all, plz_ranges (the
office's current PLZ ranges, e.g. "1000-2499, 2800-2999"; NULL for none).
Office names and the mapping are not secret: every reader sees all offices.
Callers: members of leadbase_bi (SELECT on schema bi).
Example: SELECT o.office_code, o.plz_ranges FROM bi.office AS o;
*/

CREATE OR ALTER VIEW bi.office
AS
SELECT
    o.office_id,
    o.office_code,
    o.office_name,
    o.is_catch_all,
    (
        SELECT STRING_AGG(CONCAT(r.plz_from, '-', r.plz_to), ', ') WITHIN GROUP (ORDER BY r.plz_from)
        FROM core.office_plz_range AS r
        WHERE r.office_id = o.office_id
    ) AS plz_ranges
FROM core.office AS o;
GO
