-- Partner imports: the decisions and reasons with their labels, the free-mail
-- domains and the global contact windows. Inserts only what is missing, so an
-- admin's changes survive a redeployment.
INSERT INTO core.import_reason (reason_code, decision_code, sort_order, label_de, label_fr, label_en)
VALUES
('routed', 'new', 10, 'Neuer Lead', 'Nouveau lead', 'New lead'),
('matched', 'refreshed', 20, 'Bestehender Lead aktualisiert', 'Lead existant mis à jour', 'Existing lead refreshed'),
('suppression_list', 'suppressed', 30, 'Auf der Sperrliste', 'Sur la liste de blocage', 'On the suppression list'),
('already_customer', 'suppressed', 31, 'Bereits Kunde', 'Déjà client', 'Already a customer'),
('do_not_contact', 'suppressed', 32, 'Nicht kontaktieren', 'Ne pas contacter', 'Do not contact'),
(
    'other_office_pipeline', 'suppressed', 33, 'In der Pipeline eines anderen Büros',
    'Dans le pipeline d''un autre bureau', 'In another office''s active pipeline'
),
('contacted_recently', 'suppressed', 34, 'Kürzlich kontaktiert', 'Contacté récemment', 'Contacted recently'),
('in_batch', 'duplicate', 40, 'Doppelt in der Lieferung', 'Doublon dans la livraison', 'Duplicate within the batch'),
('missing_value', 'invalid', 50, 'Pflichtfeld fehlt', 'Champ obligatoire manquant', 'Required field missing'),
('invalid_value', 'invalid', 51, 'Ungültiger Wert', 'Valeur non valable', 'Invalid value')
ON CONFLICT (reason_code) DO NOTHING;

INSERT INTO core.free_mail_domain (domain)
VALUES
('bluemail.ch'), ('bluewin.ch'), ('gmail.com'), ('gmx.ch'), ('gmx.de'), ('gmx.net'), ('googlemail.com'),
('hispeed.ch'), ('hotmail.ch'), ('hotmail.com'), ('icloud.com'), ('live.com'), ('me.com'), ('orange.fr'),
('outlook.com'), ('proton.me'), ('protonmail.com'), ('quickline.ch'), ('sunrise.ch'), ('swissonline.ch'),
('t-online.de'), ('web.de'), ('yahoo.com'), ('yahoo.de'), ('yahoo.fr')
ON CONFLICT (domain) DO NOTHING;

-- contacted (without result) 6 months, lost 12, customer and do-not-contact for good.
INSERT INTO core.contact_window (office_id, status_code, window_months)
SELECT
    NULL AS office_id,
    v.status_code,
    v.window_months
FROM (VALUES ('contacted', 6), ('lost', 12), ('won', NULL), ('do_not_contact', NULL)) AS v (status_code, window_months)
WHERE NOT EXISTS (
    SELECT 1 FROM core.contact_window AS w
    WHERE w.office_id IS NULL AND w.status_code = v.status_code
);

-- Retention (app.apply_retention): personal data kept three years after the last
-- activity, for every office unless an office has its own rule.
INSERT INTO core.retention_period (office_id, retention_months)
SELECT
    NULL AS office_id,
    36 AS retention_months
WHERE NOT EXISTS (
    SELECT 1 FROM core.retention_period AS r
    WHERE r.office_id IS NULL
);
