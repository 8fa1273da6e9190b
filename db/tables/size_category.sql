/*
core.size_category: company sizes by employees, as the Federal Statistical
Office groups them (the one list: core.lead.size_category refers to it).

Not system-versioned and not under row-level security: the lists are not secret.
code compares byte-wise (Latin1_General_100_BIN2), so 'WON' is not 'won', as on
PostgreSQL; referencing columns use the same collation.
app.list_codes and bi.code_label read the labels (core.code_list).
Created only when missing; the reference rows are inserted when missing and
never overwritten.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.size_category', N'U') IS NULL
    BEGIN
        CREATE TABLE core.size_category (
            code VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_size_category PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.size_category (code, sort_order, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('micro', CAST(1 AS SMALLINT), N'Mikrounternehmen (1–9)', N'Microentreprise (1–9)', N'Micro (1–9)'),
    ('small', CAST(2 AS SMALLINT), N'Kleinunternehmen (10–49)', N'Petite entreprise (10–49)', N'Small (10–49)'),
    (
        'medium',
        CAST(3 AS SMALLINT),
        N'Mittleres Unternehmen (50–249)',
        N'Moyenne entreprise (50–249)',
        N'Medium (50–249)'
    ),
    ('large', CAST(4 AS SMALLINT), N'Grossunternehmen (250+)', N'Grande entreprise (250+)', N'Large (250+)')
) AS v(code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.size_category AS t
    WHERE t.code = v.code
);
GO
