/*
010_offices.sql: the three offices and the default PLZ-to-office mapping.

Offices: 1 luzern Luzern, 2 romandie Romandie, 3 egeli Egeli (catch-all).
Default mapping: luzern 6000-6499; romandie 1000-2499 and 2800-2999; every other
PLZ falls to egeli, the catch-all.

Re-runnable and never overwrites an administrator's work:
- an office is inserted only when neither its id nor its code exists; it is
  made the catch-all only when no office is one yet;
- the default mapping is inserted only when no mapping exists and none ever did
  (core.office_plz_range and history.office_plz_range are empty). Inserting
  single missing default ranges would overlap a later mapping made by
  app.set_plz_mapping.
Rows are written by the system: last_edited_by stays NULL.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

SET NOCOUNT ON;
SET XACT_ABORT ON;

BEGIN TRANSACTION;

INSERT core.office (office_id, office_code, office_name, is_catch_all)
SELECT
    seed.office_id,
    seed.office_code,
    seed.office_name,
    CASE
        WHEN seed.is_catch_all = 1 AND NOT EXISTS (
            SELECT 1
            FROM core.office AS o
            WHERE o.is_catch_all = 1
        ) THEN seed.is_catch_all
        ELSE CAST(0 AS BIT)
    END AS is_catch_all
FROM (
    VALUES
    (CAST(1 AS SMALLINT), 'luzern', N'Luzern', CAST(0 AS BIT)),
    (CAST(2 AS SMALLINT), 'romandie', N'Romandie', CAST(0 AS BIT)),
    (CAST(3 AS SMALLINT), 'egeli', N'Egeli', CAST(1 AS BIT))
) AS seed(office_id, office_code, office_name, is_catch_all)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.office AS o
    WHERE o.office_id = seed.office_id OR o.office_code = seed.office_code
);

IF
    NOT EXISTS (SELECT 1 FROM core.office_plz_range)
    AND NOT EXISTS (SELECT 1 FROM history.office_plz_range)
    BEGIN
        INSERT core.office_plz_range (office_id, plz_from, plz_to)
        SELECT
            o.office_id,
            seed.plz_from,
            seed.plz_to
        FROM (
            VALUES
            ('luzern', CAST(6000 AS SMALLINT), CAST(6499 AS SMALLINT)),
            ('romandie', CAST(1000 AS SMALLINT), CAST(2499 AS SMALLINT)),
            ('romandie', CAST(2800 AS SMALLINT), CAST(2999 AS SMALLINT))
        ) AS seed(office_code, plz_from, plz_to)
        INNER JOIN core.office AS o ON seed.office_code = o.office_code;
    END;

-- Every office has its settings row (the column defaults); existing rows are kept.
INSERT core.office_setting (office_id)
SELECT o.office_id
FROM core.office AS o
WHERE NOT EXISTS (
    SELECT 1
    FROM core.office_setting AS s
    WHERE s.office_id = o.office_id
);

COMMIT TRANSACTION;
GO
