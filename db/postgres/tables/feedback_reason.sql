-- core.feedback_reason: what a representative says about a lead's quality (the one
-- list: core.lead_feedback.reason_code refers to it). window_status_code: the
-- do-not-contact window (core.contact_window) the feedback opens, counted from when
-- it was given: already_customer the window of won (never, by default),
-- not_interested that of lost, closed_down that of do_not_contact; NULL: none.
-- data_inaccurate is counted per partner (app.get_partner_quality).
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.feedback_reason (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    window_status_code VARCHAR(20),
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_feedback_reason PRIMARY KEY (code)
);

-- The window's status is a code of core.lead_status; added when missing (as
-- core.contact_window does), so a rebuilt core.lead_status gets it back.
DO $fk$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_constraint
        WHERE conname = 'fk_core_feedback_reason_window_status_code_core_lead_status'
    ) THEN
        ALTER TABLE core.feedback_reason ADD CONSTRAINT fk_core_feedback_reason_window_status_code_core_lead_status
        FOREIGN KEY (window_status_code) REFERENCES core.lead_status (code);
    END IF;
END
$fk$;

INSERT INTO core.feedback_reason (code, sort_order, window_status_code, label_de, label_fr, label_en)
VALUES
('interested', 1, NULL, 'Interessiert', 'Intéressé', 'Interested'),
('not_interested', 2, 'lost', 'Kein Interesse', 'Pas intéressé', 'Not interested'),
('wrong_segment', 3, NULL, 'Falsches Segment', 'Mauvais segment', 'Wrong segment'),
('data_inaccurate', 4, NULL, 'Daten ungenau', 'Données inexactes', 'Data inaccurate'),
('already_customer', 5, 'won', 'Bereits Kunde', 'Déjà client', 'Already a customer'),
('not_reachable', 6, NULL, 'Nicht erreichbar', 'Injoignable', 'Not reachable'),
('closed_down', 7, 'do_not_contact', 'Geschäft aufgegeben', 'Entreprise fermée', 'Closed down')
ON CONFLICT (code) DO NOTHING;
