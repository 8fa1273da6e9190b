-- core.user_sso_link (temporal): which person of the company's identity provider
-- (OpenID Connect) signs in as which Leadbase user: the provider's subject ("sub")
-- or an e-mail (lower case), linked by an admin (app.link_sso); app.get_sso_user
-- finds the user by subject first, then by e-mail. No user is created by a sign-in.
CREATE TABLE IF NOT EXISTS core.user_sso_link (
    user_id INTEGER NOT NULL,
    subject VARCHAR(255) COLLATE "C",
    email VARCHAR(254) COLLATE "C",
    last_edited_by INTEGER,
    valid_from TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    valid_to TIMESTAMPTZ NOT NULL DEFAULT 'infinity',
    CONSTRAINT pk_core_user_sso_link PRIMARY KEY (user_id),
    CONSTRAINT fk_core_user_sso_link_user_id_core_app_user
    FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
    CONSTRAINT ck_core_user_sso_link_subject_or_email CHECK (subject IS NOT NULL OR email IS NOT NULL),
    CONSTRAINT ck_core_user_sso_link_email CHECK (email = LOWER(email))
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_core_user_sso_link_subject ON core.user_sso_link (subject)
WHERE subject IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS ux_core_user_sso_link_email ON core.user_sso_link (email)
WHERE email IS NOT NULL;

CREATE TABLE IF NOT EXISTS history.user_sso_link (LIKE core.user_sso_link);
CREATE INDEX IF NOT EXISTS ix_history_user_sso_link_period ON history.user_sso_link (valid_to, valid_from);

SELECT core.make_temporal('user_sso_link');
