-- core.calendar_feed (temporal): each user's private calendar feed link, one row per
-- user who ever made one. The secret is 32 random bytes written as 64 hexadecimal
-- characters; only its SHA-256 is kept (secret_hash, unique while set), so neither
-- the table nor its history can rebuild a link. app.create_calendar_feed makes a new
-- secret (the previous one stops working), app.revoke_calendar_feed forgets the hash
-- and stamps revoked_at, app.read_calendar_feed finds the owner by the hash.
-- Twin of db/tables/calendar_feed.sql.
CREATE TABLE IF NOT EXISTS core.calendar_feed (
    user_id INTEGER NOT NULL,
    secret_hash BYTEA,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    last_edited_by INTEGER,
    valid_from TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    valid_to TIMESTAMPTZ NOT NULL DEFAULT 'infinity',
    CONSTRAINT pk_core_calendar_feed PRIMARY KEY (user_id),
    CONSTRAINT fk_core_calendar_feed_user_id_core_app_user
    FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
    CONSTRAINT ck_core_calendar_feed_secret_hash CHECK (OCTET_LENGTH(secret_hash) = 32),
    CONSTRAINT ck_core_calendar_feed_revoked_or_live
    CHECK ((secret_hash IS NULL AND revoked_at IS NOT NULL) OR (secret_hash IS NOT NULL AND revoked_at IS NULL))
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_core_calendar_feed_secret_hash ON core.calendar_feed (secret_hash)
WHERE secret_hash IS NOT NULL;

CREATE TABLE IF NOT EXISTS history.calendar_feed (LIKE core.calendar_feed);
CREATE INDEX IF NOT EXISTS ix_history_calendar_feed_period ON history.calendar_feed (valid_to, valid_from);

SELECT core.make_temporal('calendar_feed');
