-- core.sign_in_outcome: what became of a sign-in attempt (the one list:
-- core.sign_in_event.outcome refers to it). signed_in: the password was right and
-- the login not locked out; failed: a wrong password, an unknown or inactive login;
-- locked_out: refused by the throttle, whatever the password (app.record_sign_in).
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.sign_in_outcome (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_sign_in_outcome PRIMARY KEY (code)
);

INSERT INTO core.sign_in_outcome (code, sort_order, label_de, label_fr, label_en)
VALUES
('signed_in', 1, 'Angemeldet', 'Connecté', 'Signed in'),
('failed', 2, 'Fehlgeschlagen', 'Échec', 'Failed'),
('locked_out', 3, 'Gesperrt', 'Bloqué', 'Locked out')
ON CONFLICT (code) DO NOTHING;
