-- core.size_category: company sizes by employees, as the Federal Statistical
-- Office groups them (the one list: core.lead.size_category refers to it).
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.size_category (
    code VARCHAR(10) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_size_category PRIMARY KEY (code)
);

INSERT INTO core.size_category (code, sort_order, label_de, label_fr, label_en)
VALUES
('micro', 1, 'Mikrounternehmen (1–9)', 'Microentreprise (1–9)', 'Micro (1–9)'),
('small', 2, 'Kleinunternehmen (10–49)', 'Petite entreprise (10–49)', 'Small (10–49)'),
('medium', 3, 'Mittleres Unternehmen (50–249)', 'Moyenne entreprise (50–249)', 'Medium (50–249)'),
('large', 4, 'Grossunternehmen (250+)', 'Grande entreprise (250+)', 'Large (250+)')
ON CONFLICT (code) DO NOTHING;
