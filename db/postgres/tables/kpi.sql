-- core.kpi: the key figures of the manager's office (the one list: app.get_kpis takes
-- and returns these codes; screens, exports and bi read their labels through
-- core.code_list). The formula of each is in db/CONTRACT.md, "KPIs".
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.kpi (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_kpi PRIMARY KEY (code)
);

INSERT INTO core.kpi (code, sort_order, label_de, label_fr, label_en)
VALUES
('available', 1, 'Verfügbare Leads', 'Leads disponibles', 'Available leads'),
('assigned', 2, 'Zugewiesene Leads', 'Leads attribués', 'Assigned leads'),
('contact_rate', 3, 'Kontaktquote', 'Taux de contact', 'Contact rate'),
(
    'first_contact_hours', 4, 'Stunden bis zum ersten Kontakt', 'Heures jusqu''au premier contact',
    'Hours to first contact'
),
('conversion', 5, 'Konversion je Stufe', 'Conversion par étape', 'Conversion per stage'),
('conversion_month', 6, 'Konversion im Zeitverlauf', 'Conversion dans le temps', 'Conversion over time'),
('aging', 7, 'Alter offener Leads', 'Âge des leads ouverts', 'Age of open leads'),
('pipeline', 8, 'Pipeline', 'Pipeline', 'Pipeline'),
('activity', 9, 'Aktivität', 'Activité', 'Activity')
ON CONFLICT (code) DO NOTHING;
