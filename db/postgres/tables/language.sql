-- core.language: the languages of the web tier (the one list: core.app_user.
-- language_code refers to it). Reference rows are inserted when missing and never
-- overwritten.
CREATE TABLE IF NOT EXISTS core.language (
    code VARCHAR(2) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_language PRIMARY KEY (code)
);

INSERT INTO core.language (code, sort_order, label_de, label_fr, label_en)
VALUES
('de', 1, 'Deutsch', 'allemand', 'German'),
('fr', 2, 'Französisch', 'français', 'French'),
('en', 3, 'Englisch', 'anglais', 'English')
ON CONFLICT (code) DO NOTHING;
