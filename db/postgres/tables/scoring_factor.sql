-- core.scoring_factor: the factors of the learned score (the one list:
-- core.scoring_weight.factor_code refers to it; app.list_codes list scoring_factor).
-- noga_section and noga_division: the lead's NOGA branche (the division is shrunk
-- towards its section); size: size category; region: canton, else the PLZ's first
-- digit; partner: the partner that delivered it; batch_age: days from delivery to the
-- outcome (open leads: to now); contacts: calls, e-mails, meetings before the
-- outcome; completeness: how many of phone, e-mail, website, UID, street it has;
-- feedback: the reason of its latest feedback.
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.scoring_factor (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_scoring_factor PRIMARY KEY (code)
);

INSERT INTO core.scoring_factor (code, sort_order, label_de, label_fr, label_en)
VALUES
('noga_section', 1, 'Wirtschaftsabschnitt', 'Section économique', 'Economic section'),
('noga_division', 2, 'Branche', 'Branche', 'Branche'),
('size', 3, 'Grösse', 'Taille', 'Size'),
('region', 4, 'Region', 'Région', 'Region'),
('partner', 5, 'Partner', 'Partenaire', 'Partner'),
('batch_age', 6, 'Alter der Lieferung', 'Âge de la livraison', 'Delivery age'),
('contacts', 7, 'Kontakte', 'Contacts', 'Contacts'),
('completeness', 8, 'Vollständigkeit', 'Complétude', 'Completeness'),
('feedback', 9, 'Rückmeldung', 'Retour', 'Feedback')
ON CONFLICT (code) DO NOTHING;
