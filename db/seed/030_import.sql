/*
030_import.sql: partner imports: the decisions and reasons with their labels, the
free-mail domains and the global contact windows (contacted without result 6
months, lost 12, customer and do-not-contact for good). Inserts only what is
missing, so an admin's changes survive a redeployment.
PostgreSQL twin: db/postgres/seed/030_import.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

SET NOCOUNT ON;
SET XACT_ABORT ON;

INSERT core.import_reason (reason_code, decision_code, sort_order, label_de, label_fr, label_en)
SELECT
    v.reason_code,
    v.decision_code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('routed', 'new', 10, N'Neuer Lead', N'Nouveau lead', N'New lead'),
    (
        'matched', 'refreshed', 20, N'Bestehender Lead aktualisiert', N'Lead existant mis à jour',
        N'Existing lead refreshed'
    ),
    (
        'suppression_list',
        'suppressed',
        30,
        N'Auf der Sperrliste',
        N'Sur la liste de blocage',
        N'On the suppression list'
    ),
    ('already_customer', 'suppressed', 31, N'Bereits Kunde', N'Déjà client', N'Already a customer'),
    ('do_not_contact', 'suppressed', 32, N'Nicht kontaktieren', N'Ne pas contacter', N'Do not contact'),
    (
        'other_office_pipeline', 'suppressed', 33, N'In der Pipeline eines anderen Büros',
        N'Dans le pipeline d''un autre bureau', N'In another office''s active pipeline'
    ),
    ('contacted_recently', 'suppressed', 34, N'Kürzlich kontaktiert', N'Contacté récemment', N'Contacted recently'),
    (
        'in_batch', 'duplicate', 40, N'Doppelt in der Lieferung', N'Doublon dans la livraison',
        N'Duplicate within the batch'
    ),
    ('missing_value', 'invalid', 50, N'Pflichtfeld fehlt', N'Champ obligatoire manquant', N'Required field missing'),
    ('invalid_value', 'invalid', 51, N'Ungültiger Wert', N'Valeur non valable', N'Invalid value')
) AS v(reason_code, decision_code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1 FROM core.import_reason AS r
    WHERE r.reason_code = v.reason_code
);

INSERT core.free_mail_domain (domain)
SELECT v.domain
FROM (
    VALUES
    ('bluemail.ch'), ('bluewin.ch'), ('gmail.com'), ('gmx.ch'), ('gmx.de'), ('gmx.net'), ('googlemail.com'),
    ('hispeed.ch'), ('hotmail.ch'), ('hotmail.com'), ('icloud.com'), ('live.com'), ('me.com'), ('orange.fr'),
    ('outlook.com'), ('proton.me'), ('protonmail.com'), ('quickline.ch'), ('sunrise.ch'), ('swissonline.ch'),
    ('t-online.de'), ('web.de'), ('yahoo.com'), ('yahoo.de'), ('yahoo.fr')
) AS v(domain)
WHERE NOT EXISTS (
    SELECT 1 FROM core.free_mail_domain AS f
    WHERE f.domain = v.domain
);

INSERT core.contact_window (office_id, status_code, window_months)
SELECT
    NULL AS office_id,
    v.status_code,
    v.window_months
FROM (VALUES ('contacted', 6), ('lost', 12), ('won', NULL), ('do_not_contact', NULL)) AS v(status_code, window_months)
WHERE NOT EXISTS (
    SELECT 1 FROM core.contact_window AS w
    WHERE w.office_id IS NULL AND w.status_code = v.status_code
);
GO

-- Retention (app.apply_retention): personal data kept three years after the last
-- activity, for every office unless an office has its own rule.
INSERT core.retention_period (office_id, retention_months)
SELECT
    NULL AS office_id,
    36 AS retention_months
WHERE NOT EXISTS (
    SELECT 1 FROM core.retention_period AS r
    WHERE r.office_id IS NULL
);
GO
