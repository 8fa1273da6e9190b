/*
core.lead_event: what happened with a lead: calls, emails, meetings, notes
(system-versioned, row-level security).

old_status / new_status record a status change made with the event (both NULL
when unchanged). client_token, when given, is unique (ux_core_lead_event_client_token):
a repeated submit of the same form finds the first event instead of adding another.
office_id is the lead's office, kept equal by routing; security.office_policy
filters and blocks rows by it, here and on history.lead_event.
History: history.lead_event.
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.lead_event', N'U') IS NULL
    BEGIN
        CREATE TABLE history.lead_event (
            event_id BIGINT NOT NULL,
            lead_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            user_id INT NOT NULL,
            event_at DATETIME2(3) NOT NULL,
            event_type VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            old_status VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            new_status VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            note NVARCHAR(2000) NULL,
            next_step NVARCHAR(500) NULL,
            next_step_at DATE NULL,
            client_token UNIQUEIDENTIFIER NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL
        );

        CREATE CLUSTERED INDEX ix_history_lead_event_valid_to_valid_from
            ON history.lead_event (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.lead_event (
            event_id BIGINT IDENTITY (1, 1) NOT NULL,
            lead_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            user_id INT NOT NULL,
            event_at DATETIME2(3) NOT NULL CONSTRAINT df_core_lead_event_event_at DEFAULT (SYSUTCDATETIME()),
            event_type VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            old_status VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            new_status VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            note NVARCHAR(2000) NULL,
            next_step NVARCHAR(500) NULL,
            next_step_at DATE NULL,
            client_token UNIQUEIDENTIFIER NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            CONSTRAINT pk_core_lead_event PRIMARY KEY CLUSTERED (event_id),
            CONSTRAINT fk_core_lead_event_lead_id_core_lead
            FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
            CONSTRAINT fk_core_lead_event_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_lead_event_user_id_core_app_user
            FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
            -- Coded values: one lookup table each (never deleted, so no supporting indexes).
            CONSTRAINT fk_core_lead_event_event_type_core_event_type
            FOREIGN KEY (event_type) REFERENCES core.event_type (code),
            CONSTRAINT fk_core_lead_event_old_status_core_lead_status
            FOREIGN KEY (old_status) REFERENCES core.lead_status (code),
            CONSTRAINT fk_core_lead_event_new_status_core_lead_status
            FOREIGN KEY (new_status) REFERENCES core.lead_status (code),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead_event, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

-- Supports fk_core_lead_event_lead_id_core_lead and a lead's history, oldest first.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_event'), N'ix_core_lead_event_lead_id_event_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_event_lead_id_event_at
            ON core.lead_event (lead_id, event_at);
    END;
GO

-- Supports fk_core_lead_event_office_id_core_office and activity per office and period.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_event'), N'ix_core_lead_event_office_id_event_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_event_office_id_event_at
            ON core.lead_event (office_id, event_at);
    END;
GO

-- Supports fk_core_lead_event_user_id_core_app_user and activity per user.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_event'), N'ix_core_lead_event_user_id_event_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_event_user_id_event_at
            ON core.lead_event (user_id, event_at);
    END;
GO

-- A lead's event versions: app.get_kpis reads the events of each delivered lead as of
-- an instant (core.kpi_figures), seeking current and history rows by lead.
IF INDEXPROPERTY(OBJECT_ID(N'history.lead_event'), N'ix_history_lead_event_lead_id_valid_from', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_history_lead_event_lead_id_valid_from
            ON history.lead_event (lead_id, valid_from)
            WITH (DATA_COMPRESSION = PAGE);
    END;
GO

-- A repeated submit (same client_token) returns the first event.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_event'), N'ux_core_lead_event_client_token', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_lead_event_client_token
            ON core.lead_event (client_token)
            WHERE client_token IS NOT NULL;
    END;
GO
