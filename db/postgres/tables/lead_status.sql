-- core.lead_status: the statuses of a lead (the one list: core.lead.status and
-- core.lead_event.old_status/new_status refer to it). is_final: won, lost,
-- do_not_contact end the work on a lead; is_open: still in the pipeline.
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.lead_status (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    is_final BOOLEAN NOT NULL,
    is_open BOOLEAN NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT ck_core_lead_status_is_final_is_open CHECK (NOT (is_final AND is_open)),
    CONSTRAINT pk_core_lead_status PRIMARY KEY (code)
);

INSERT INTO core.lead_status (code, sort_order, is_final, is_open, label_de, label_fr, label_en)
VALUES
('new', 1, FALSE, TRUE, 'Neu', 'Nouveau', 'New'),
('assigned', 2, FALSE, TRUE, 'Zugewiesen', 'Attribué', 'Assigned'),
('contacted', 3, FALSE, TRUE, 'Kontaktiert', 'Contacté', 'Contacted'),
('qualified', 4, FALSE, TRUE, 'Qualifiziert', 'Qualifié', 'Qualified'),
('won', 5, TRUE, FALSE, 'Gewonnen', 'Gagné', 'Won'),
('lost', 6, TRUE, FALSE, 'Verloren', 'Perdu', 'Lost'),
('do_not_contact', 7, TRUE, FALSE, 'Nicht kontaktieren', 'Ne pas contacter', 'Do not contact')
ON CONFLICT (code) DO NOTHING;
