/*
core.sign_in_event: every sign-in attempt through the web tier and its outcome.

It is both the log admins read (app.list_sign_in_events) and the state of the
throttle (app.record_sign_in counts recent failures per login and per client
address here), so every web server and every restart agrees on a lockout.
login_name is what was typed (lower case, trimmed, at most 100 characters), whether
or not such a user exists; user_id is set when it does (no foreign key: the log
outlives what it names). Not office data: no security policy; only the procedures
read or write it. Not system-versioned: rows are written once.
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.sign_in_event', N'U') IS NULL
    BEGIN
        CREATE TABLE core.sign_in_event (
            sign_in_event_id BIGINT IDENTITY (1, 1) NOT NULL,
            happened_at DATETIME2(3) NOT NULL CONSTRAINT df_core_sign_in_event_happened_at DEFAULT (SYSUTCDATETIME()),
            login_name VARCHAR(100) NOT NULL,
            client_address VARCHAR(45) NOT NULL,
            user_id INT NULL,
            outcome VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            CONSTRAINT pk_core_sign_in_event PRIMARY KEY CLUSTERED (sign_in_event_id),
            CONSTRAINT fk_core_sign_in_event_outcome_core_sign_in_outcome FOREIGN KEY (outcome)
            REFERENCES core.sign_in_outcome (code)
        );
    END;
GO

-- The throttle's two questions: recent failures of this login, of this address.
IF INDEXPROPERTY(OBJECT_ID(N'core.sign_in_event'), N'ix_core_sign_in_event_login_name_happened_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_sign_in_event_login_name_happened_at
            ON core.sign_in_event (login_name, happened_at);
    END;
GO

IF
    INDEXPROPERTY(
        OBJECT_ID(N'core.sign_in_event'), N'ix_core_sign_in_event_client_address_happened_at', 'IndexID'
    ) IS NULL
    BEGIN
        CREATE INDEX ix_core_sign_in_event_client_address_happened_at
            ON core.sign_in_event (client_address, happened_at);
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.sign_in_event'), N'ix_core_sign_in_event_happened_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_sign_in_event_happened_at
            ON core.sign_in_event (happened_at);
    END;
GO
