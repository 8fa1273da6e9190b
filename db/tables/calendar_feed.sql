/*
core.calendar_feed: each user's private calendar feed link (system-versioned).

One row per user who ever made a link. The link's secret is 32 random bytes
written as 64 hexadecimal characters; only its SHA-256 is kept (secret_hash), so
neither this table nor its history can rebuild a link. app.create_calendar_feed
makes a new secret (the previous one stops working), app.revoke_calendar_feed
forgets the hash and stamps revoked_at, app.read_calendar_feed finds the owner by
the hash (unique while set). History: history.calendar_feed (who made or revoked
which link when; the hashes of dead links are useless without their secrets).
PostgreSQL twin: db/postgres/tables/calendar_feed.sql.
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.calendar_feed', N'U') IS NULL
    BEGIN
        CREATE TABLE history.calendar_feed (
            user_id INT NOT NULL,
            secret_hash BINARY(32) NULL,
            created_at DATETIME2(3) NOT NULL,
            revoked_at DATETIME2(3) NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL
        );

        CREATE CLUSTERED INDEX ix_history_calendar_feed_valid_to_valid_from
            ON history.calendar_feed (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.calendar_feed (
            user_id INT NOT NULL,
            secret_hash BINARY(32) NULL,
            created_at DATETIME2(3) NOT NULL,
            revoked_at DATETIME2(3) NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            CONSTRAINT pk_core_calendar_feed PRIMARY KEY CLUSTERED (user_id),
            CONSTRAINT fk_core_calendar_feed_user_id_core_app_user
            FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
            CONSTRAINT ck_core_calendar_feed_revoked_or_live
            CHECK (
                (secret_hash IS NULL AND revoked_at IS NOT NULL) OR (secret_hash IS NOT NULL AND revoked_at IS NULL)
            ),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.calendar_feed, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.calendar_feed'), N'ux_core_calendar_feed_secret_hash', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_calendar_feed_secret_hash
            ON core.calendar_feed (secret_hash)
            WHERE secret_hash IS NOT NULL;
    END;
GO
