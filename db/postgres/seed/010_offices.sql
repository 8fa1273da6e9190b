-- The three offices and the default PLZ mapping. Inserts only what is missing, so a
-- redeployment never overwrites a mapping an admin changed (nor brings back ranges
-- an admin removed: the defaults go in only when the mapping never had any range).
INSERT INTO core.office (office_id, office_code, office_name, is_catch_all)
VALUES
(1, 'luzern', 'Luzern', FALSE),
(2, 'romandie', 'Romandie', FALSE),
(3, 'egeli', 'Egeli', TRUE)
ON CONFLICT (office_id) DO NOTHING;

INSERT INTO core.office_plz_range (office_id, plz_from, plz_to)
SELECT
    v.office_id,
    v.plz_from,
    v.plz_to
FROM (VALUES (1, 6000, 6499), (2, 1000, 2499), (2, 2800, 2999)) AS v (office_id, plz_from, plz_to)
WHERE
    NOT EXISTS (SELECT 1 FROM core.office_plz_range)
    AND NOT EXISTS (SELECT 1 FROM history.office_plz_range);

-- Every office has its settings row (the column defaults); existing rows are kept.
INSERT INTO core.office_setting (office_id)
SELECT o.office_id FROM core.office AS o
ON CONFLICT (office_id) DO NOTHING;
