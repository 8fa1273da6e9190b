/*
core.kpi: the key figures of the manager's office (the one list: app.get_kpis takes
and returns these codes; screens, exports and bi read their labels through
core.code_list). The formula of each is in db/CONTRACT.md, "KPIs".

Not system-versioned and not under row-level security: the list is not secret.
code compares byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
Created only when missing; the reference rows are inserted when missing and
never overwritten.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.kpi', N'U') IS NULL
    BEGIN
        CREATE TABLE core.kpi (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_kpi PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.kpi (code, sort_order, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('available', CAST(1 AS SMALLINT), N'Verfügbare Leads', N'Leads disponibles', N'Available leads'),
    ('assigned', CAST(2 AS SMALLINT), N'Zugewiesene Leads', N'Leads attribués', N'Assigned leads'),
    ('contact_rate', CAST(3 AS SMALLINT), N'Kontaktquote', N'Taux de contact', N'Contact rate'),
    (
        'first_contact_hours', CAST(4 AS SMALLINT), N'Stunden bis zum ersten Kontakt',
        N'Heures jusqu''au premier contact', N'Hours to first contact'
    ),
    ('conversion', CAST(5 AS SMALLINT), N'Konversion je Stufe', N'Conversion par étape', N'Conversion per stage'),
    (
        'conversion_month', CAST(6 AS SMALLINT), N'Konversion im Zeitverlauf', N'Conversion dans le temps',
        N'Conversion over time'
    ),
    ('aging', CAST(7 AS SMALLINT), N'Alter offener Leads', N'Âge des leads ouverts', N'Age of open leads'),
    ('pipeline', CAST(8 AS SMALLINT), N'Pipeline', N'Pipeline', N'Pipeline'),
    ('activity', CAST(9 AS SMALLINT), N'Aktivität', N'Activité', N'Activity')
) AS v(code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.kpi AS t
    WHERE t.code = v.code
);
GO
