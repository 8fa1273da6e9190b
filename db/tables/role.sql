/*
core.role: the roles of an app user (the one list: core.app_user.role_code
refers to it). What each role may do is decided by the procedures.

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

IF OBJECT_ID(N'core.role', N'U') IS NULL
    BEGIN
        CREATE TABLE core.role (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_role PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.role (code, sort_order, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('representative', CAST(1 AS SMALLINT), N'Verkaufsberater/in', N'Conseiller/ère de vente', N'Representative'),
    ('manager', CAST(2 AS SMALLINT), N'Leiter/in Verkauf', N'Responsable des ventes', N'Manager'),
    ('admin', CAST(3 AS SMALLINT), N'Administrator/in', N'Administrateur/trice', N'Administrator')
) AS v(code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.role AS t
    WHERE t.code = v.code
);
GO
