/*
core.lead_status: the statuses of a lead, one row each (the one list of
statuses: core.lead.status, core.lead_event.old_status/new_status refer to it).

is_final: won, lost, do_not_contact end the work on a lead: app.assign_lead
refuses them and representatives cannot change them (app.log_event).
is_open: the lead is still in the pipeline (new to qualified).

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

IF OBJECT_ID(N'core.lead_status', N'U') IS NULL
    BEGIN
        CREATE TABLE core.lead_status (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            is_final BIT NOT NULL,
            is_open BIT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT ck_core_lead_status_is_final_is_open CHECK (is_final = 0 OR is_open = 0),
            CONSTRAINT pk_core_lead_status PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.lead_status (code, sort_order, is_final, is_open, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.is_final,
    v.is_open,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('new', CAST(1 AS SMALLINT), CAST(0 AS BIT), CAST(1 AS BIT), N'Neu', N'Nouveau', N'New'),
    ('assigned', CAST(2 AS SMALLINT), CAST(0 AS BIT), CAST(1 AS BIT), N'Zugewiesen', N'Attribué', N'Assigned'),
    ('contacted', CAST(3 AS SMALLINT), CAST(0 AS BIT), CAST(1 AS BIT), N'Kontaktiert', N'Contacté', N'Contacted'),
    ('qualified', CAST(4 AS SMALLINT), CAST(0 AS BIT), CAST(1 AS BIT), N'Qualifiziert', N'Qualifié', N'Qualified'),
    ('won', CAST(5 AS SMALLINT), CAST(1 AS BIT), CAST(0 AS BIT), N'Gewonnen', N'Gagné', N'Won'),
    ('lost', CAST(6 AS SMALLINT), CAST(1 AS BIT), CAST(0 AS BIT), N'Verloren', N'Perdu', N'Lost'),
    (
        'do_not_contact',
        CAST(7 AS SMALLINT),
        CAST(1 AS BIT),
        CAST(0 AS BIT),
        N'Nicht kontaktieren',
        N'Ne pas contacter',
        N'Do not contact'
    )
) AS v(code, sort_order, is_final, is_open, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.lead_status AS t
    WHERE t.code = v.code
);
GO
