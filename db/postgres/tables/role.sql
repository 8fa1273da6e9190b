-- core.role: the roles of an app user (the one list: core.app_user.role_code
-- refers to it). What each role may do is decided by the procedures.
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.role (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_role PRIMARY KEY (code)
);

INSERT INTO core.role (code, sort_order, label_de, label_fr, label_en)
VALUES
('representative', 1, 'Verkaufsberater/in', 'Conseiller/ère de vente', 'Representative'),
('manager', 2, 'Leiter/in Verkauf', 'Responsable des ventes', 'Manager'),
('admin', 3, 'Administrator/in', 'Administrateur/trice', 'Administrator')
ON CONFLICT (code) DO NOTHING;
