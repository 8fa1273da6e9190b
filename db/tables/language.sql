/*
core.language: the languages of the web tier, one row each (the one list:
core.app_user.language_code refers to it). Labels name each language in the
language of the page.

Not system-versioned and not under row-level security: the list is not secret.
code compares byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
app.list_codes and bi.code_label read the labels (core.code_list).
Created only when missing; the reference rows are inserted when missing and
never overwritten.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.language', N'U') IS NULL
    BEGIN
        CREATE TABLE core.language (
            code VARCHAR(2) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_language PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.language (code, sort_order, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('de', CAST(1 AS SMALLINT), N'Deutsch', N'allemand', N'German'),
    ('fr', CAST(2 AS SMALLINT), N'Französisch', N'français', N'French'),
    ('en', CAST(3 AS SMALLINT), N'Englisch', N'anglais', N'English')
) AS v(code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.language AS t
    WHERE t.code = v.code
);
GO
