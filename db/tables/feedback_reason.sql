/*
core.feedback_reason: what a representative says about a lead's quality (the one
list: core.lead_feedback.reason_code refers to it).

window_status_code: the do-not-contact window (core.contact_window) the feedback
opens, counted from when it was given: already_customer the window of won (never,
by default), not_interested that of lost, closed_down that of do_not_contact; NULL:
none. data_inaccurate is counted per partner (app.get_partner_quality).

Not system-versioned and not under row-level security: the lists are not secret.
code compares byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
app.list_codes and bi.code_label read the labels (core.code_list).
Created only when missing; the reference rows are inserted when missing and
never overwritten.
PostgreSQL twin: db/postgres/tables/feedback_reason.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.feedback_reason', N'U') IS NULL
    BEGIN
        CREATE TABLE core.feedback_reason (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            window_status_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_feedback_reason PRIMARY KEY CLUSTERED (code),
            CONSTRAINT fk_core_feedback_reason_window_status_code_core_lead_status
            FOREIGN KEY (window_status_code) REFERENCES core.lead_status (code)
        );
    END;
GO

INSERT core.feedback_reason (code, sort_order, window_status_code, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.window_status_code,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('interested', CAST(1 AS SMALLINT), NULL, N'Interessiert', N'Intéressé', N'Interested'),
    ('not_interested', CAST(2 AS SMALLINT), 'lost', N'Kein Interesse', N'Pas intéressé', N'Not interested'),
    ('wrong_segment', CAST(3 AS SMALLINT), NULL, N'Falsches Segment', N'Mauvais segment', N'Wrong segment'),
    ('data_inaccurate', CAST(4 AS SMALLINT), NULL, N'Daten ungenau', N'Données inexactes', N'Data inaccurate'),
    ('already_customer', CAST(5 AS SMALLINT), 'won', N'Bereits Kunde', N'Déjà client', N'Already a customer'),
    ('not_reachable', CAST(6 AS SMALLINT), NULL, N'Nicht erreichbar', N'Injoignable', N'Not reachable'),
    (
        'closed_down', CAST(7 AS SMALLINT), 'do_not_contact',
        N'Geschäft aufgegeben', N'Entreprise fermée', N'Closed down'
    )
) AS v(code, sort_order, window_status_code, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.feedback_reason AS t
    WHERE t.code = v.code
);
GO
