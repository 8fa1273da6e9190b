/*
core.event_type: the kinds of interaction a representative logs (the one list:
core.lead_event.event_type refers to it).

is_contact: the event reached the company (call, e-mail, meeting), so app.log_event
moves a new or assigned lead to contacted; a note does not.

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

IF OBJECT_ID(N'core.event_type', N'U') IS NULL
    BEGIN
        CREATE TABLE core.event_type (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            is_contact BIT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_event_type PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.event_type (code, sort_order, is_contact, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.is_contact,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('call', CAST(1 AS SMALLINT), CAST(1 AS BIT), N'Anruf', N'Appel', N'Call'),
    ('email', CAST(2 AS SMALLINT), CAST(1 AS BIT), N'E-Mail', N'E-mail', N'E-mail'),
    ('meeting', CAST(3 AS SMALLINT), CAST(1 AS BIT), N'Besuch', N'Rendez-vous', N'Meeting'),
    ('note', CAST(4 AS SMALLINT), CAST(0 AS BIT), N'Notiz', N'Note', N'Note')
) AS v(code, sort_order, is_contact, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.event_type AS t
    WHERE t.code = v.code
);
GO
