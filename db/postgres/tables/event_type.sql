-- core.event_type: the kinds of interaction logged on a lead (the one list:
-- core.lead_event.event_type refers to it). is_contact: the event reached the
-- company, so app.log_event moves a new or assigned lead to contacted.
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.event_type (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    is_contact BOOLEAN NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_event_type PRIMARY KEY (code)
);

INSERT INTO core.event_type (code, sort_order, is_contact, label_de, label_fr, label_en)
VALUES
('call', 1, TRUE, 'Anruf', 'Appel', 'Call'),
('email', 2, TRUE, 'E-Mail', 'E-mail', 'E-mail'),
('meeting', 3, TRUE, 'Besuch', 'Rendez-vous', 'Meeting'),
('note', 4, FALSE, 'Notiz', 'Note', 'Note')
ON CONFLICT (code) DO NOTHING;
