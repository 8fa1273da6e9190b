/*
core.aging_bucket: the age classes of open leads (days since delivery, business
time) for the aging KPI of app.get_kpis: min_days to max_days inclusive, max_days
NULL = no upper bound. The one list: screens and bi read the labels through
core.code_list.

Not system-versioned and not under row-level security: the list is not secret.
code compares byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
Created only when missing; the reference rows are inserted when missing and
never overwritten.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.aging_bucket', N'U') IS NULL
    BEGIN
        CREATE TABLE core.aging_bucket (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            min_days INT NOT NULL,
            max_days INT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_aging_bucket PRIMARY KEY CLUSTERED (code),
            CONSTRAINT ck_core_aging_bucket_days CHECK (min_days >= 0 AND (max_days IS NULL OR max_days >= min_days))
        );
    END;
GO

INSERT core.aging_bucket (code, sort_order, min_days, max_days, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.min_days,
    v.max_days,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('d0_7', CAST(1 AS SMALLINT), 0, 7, N'0–7 Tage', N'0–7 jours', N'0–7 days'),
    ('d8_30', CAST(2 AS SMALLINT), 8, 30, N'8–30 Tage', N'8–30 jours', N'8–30 days'),
    ('d31_90', CAST(3 AS SMALLINT), 31, 90, N'31–90 Tage', N'31–90 jours', N'31–90 days'),
    ('d91_180', CAST(4 AS SMALLINT), 91, 180, N'91–180 Tage', N'91–180 jours', N'91–180 days'),
    ('d181', CAST(5 AS SMALLINT), 181, NULL, N'über 180 Tage', N'plus de 180 jours', N'over 180 days')
) AS v(code, sort_order, min_days, max_days, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.aging_bucket AS t
    WHERE t.code = v.code
);
GO
