/*
core.sign_in_outcome: what became of a sign-in attempt (the one list:
core.sign_in_event.outcome refers to it).

signed_in: the password was right and the login not locked out; failed: a wrong
password, an unknown or inactive login; locked_out: refused by the throttle,
whatever the password (app.record_sign_in).

Not system-versioned and not under row-level security: the lists are not secret.
code compares byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
app.list_codes and bi.code_label read the labels (core.code_list).
Created only when missing; the reference rows are inserted when missing and
never overwritten.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.sign_in_outcome', N'U') IS NULL
    BEGIN
        CREATE TABLE core.sign_in_outcome (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_sign_in_outcome PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.sign_in_outcome (code, sort_order, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('signed_in', CAST(1 AS SMALLINT), N'Angemeldet', N'Connecté', N'Signed in'),
    ('failed', CAST(2 AS SMALLINT), N'Fehlgeschlagen', N'Échec', N'Failed'),
    ('locked_out', CAST(3 AS SMALLINT), N'Gesperrt', N'Bloqué', N'Locked out')
) AS v(code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.sign_in_outcome AS t
    WHERE t.code = v.code
);
GO
