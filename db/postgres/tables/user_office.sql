-- core.user_office (temporal): office membership. A representative has exactly one
-- office (app.save_user enforces it); managers and admins one or more.
CREATE TABLE IF NOT EXISTS core.user_office (
    user_id INTEGER NOT NULL,
    office_id SMALLINT NOT NULL,
    last_edited_by INTEGER,
    valid_from TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    valid_to TIMESTAMPTZ NOT NULL DEFAULT 'infinity',
    CONSTRAINT pk_core_user_office PRIMARY KEY (user_id, office_id),
    CONSTRAINT fk_core_user_office_user_id_core_app_user
    FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
    CONSTRAINT fk_core_user_office_office_id_core_office
    FOREIGN KEY (office_id) REFERENCES core.office (office_id)
);

CREATE INDEX IF NOT EXISTS ix_core_user_office_office_id ON core.user_office (office_id);

CREATE TABLE IF NOT EXISTS history.user_office (LIKE core.user_office);
CREATE INDEX IF NOT EXISTS ix_history_user_office_period ON history.user_office (valid_to, valid_from);

SELECT core.make_temporal('user_office');
