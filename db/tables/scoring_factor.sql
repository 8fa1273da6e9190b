/*
core.scoring_factor: the factors of the learned score (the one list:
core.scoring_weight.factor_code refers to it; app.list_codes list scoring_factor).

noga_section and noga_division: the lead's NOGA branche (the division is shrunk
towards its section); size: size category; region: canton, else the PLZ's first
digit; partner: the partner that delivered it; batch_age: days from delivery to the
outcome (open leads: to now); contacts: calls, e-mails, meetings before the outcome;
completeness: how many of phone, e-mail, website, UID, street it has; feedback: the
reason of its latest feedback.

Not system-versioned and not under row-level security: the list is not secret.
code compares byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
Created only when missing; the reference rows are inserted when missing and never
overwritten.
PostgreSQL twin: db/postgres/tables/scoring_factor.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.scoring_factor', N'U') IS NULL
    BEGIN
        CREATE TABLE core.scoring_factor (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_scoring_factor PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.scoring_factor (code, sort_order, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('noga_section', CAST(1 AS SMALLINT), N'Wirtschaftsabschnitt', N'Section économique', N'Economic section'),
    ('noga_division', CAST(2 AS SMALLINT), N'Branche', N'Branche', N'Branche'),
    ('size', CAST(3 AS SMALLINT), N'Grösse', N'Taille', N'Size'),
    ('region', CAST(4 AS SMALLINT), N'Region', N'Région', N'Region'),
    ('partner', CAST(5 AS SMALLINT), N'Partner', N'Partenaire', N'Partner'),
    ('batch_age', CAST(6 AS SMALLINT), N'Alter der Lieferung', N'Âge de la livraison', N'Delivery age'),
    ('contacts', CAST(7 AS SMALLINT), N'Kontakte', N'Contacts', N'Contacts'),
    ('completeness', CAST(8 AS SMALLINT), N'Vollständigkeit', N'Complétude', N'Completeness'),
    ('feedback', CAST(9 AS SMALLINT), N'Rückmeldung', N'Retour', N'Feedback')
) AS v(code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.scoring_factor AS t
    WHERE t.code = v.code
);
GO
