/*
core.lead_assignment: which representative works a lead (system-versioned,
row-level security).

assigned_until NULL marks the current assignment; at most one per lead
(ux_core_lead_assignment_current). app.assign_lead ends the current row
and inserts the next. office_id is the lead's office, kept equal by routing;
security.office_policy filters and blocks rows by it, here and on
history.lead_assignment. assigned_by (the app_user.user_id who assigned), like
last_edited_by, is an audit column without a foreign key.
reason_code (core.assignment_reason: claimed, assigned, reassigned; the note
says why a lead was moved) is the last column (migration 0500, which fills it
for earlier assignments).
History: history.lead_assignment.
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.lead_assignment', N'U') IS NULL
    BEGIN
        CREATE TABLE history.lead_assignment (
            assignment_id BIGINT NOT NULL,
            lead_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            user_id INT NOT NULL,
            assigned_by INT NOT NULL,
            assigned_at DATETIME2(3) NOT NULL,
            assigned_until DATETIME2(3) NULL,
            note NVARCHAR(500) NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL,
            reason_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL  -- noqa: CP02
        );

        CREATE CLUSTERED INDEX ix_history_lead_assignment_valid_to_valid_from
            ON history.lead_assignment (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.lead_assignment (
            assignment_id BIGINT IDENTITY (1, 1) NOT NULL,
            lead_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            user_id INT NOT NULL,
            assigned_by INT NOT NULL,
            assigned_at DATETIME2(3) NOT NULL
            CONSTRAINT df_core_lead_assignment_assigned_at DEFAULT (SYSUTCDATETIME()),
            assigned_until DATETIME2(3) NULL,
            note NVARCHAR(500) NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            reason_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            CONSTRAINT pk_core_lead_assignment PRIMARY KEY CLUSTERED (assignment_id),
            CONSTRAINT fk_core_lead_assignment_lead_id_core_lead
            FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
            CONSTRAINT fk_core_lead_assignment_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_lead_assignment_user_id_core_app_user
            FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
            CONSTRAINT fk_core_lead_assignment_reason_code_core_assignment_reason
            FOREIGN KEY (reason_code) REFERENCES core.assignment_reason (code),
            CONSTRAINT ck_core_lead_assignment_assigned_until
            CHECK (assigned_until >= assigned_at),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead_assignment, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

-- At most one current assignment per lead; also finds it (with its user) at once.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_assignment'), N'ux_core_lead_assignment_current', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_lead_assignment_current
            ON core.lead_assignment (lead_id)
            INCLUDE (user_id, assigned_at)
            WHERE assigned_until IS NULL;
    END;
GO

-- Supports fk_core_lead_assignment_lead_id_core_lead (a filtered index cannot)
-- and a lead's assignment history.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_assignment'), N'ix_core_lead_assignment_lead_id_assigned_at', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_assignment_lead_id_assigned_at
            ON core.lead_assignment (lead_id, assigned_at);
    END;
GO

-- Supports fk_core_lead_assignment_office_id_core_office.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_assignment'), N'ix_core_lead_assignment_office_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_assignment_office_id
            ON core.lead_assignment (office_id);
    END;
GO

-- A representative's current leads within an office (list_leads' assigned_to):
-- office first, so that another office's assignments are never read.
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_assignment'), N'ix_core_lead_assignment_office_id_user_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_assignment_office_id_user_id
            ON core.lead_assignment (office_id, user_id, lead_id)
            WHERE assigned_until IS NULL;
    END;
GO

-- Supports fk_core_lead_assignment_user_id_core_app_user and open lead counts: a
-- user's current leads are (user_id, assigned_until IS NULL).
IF INDEXPROPERTY(OBJECT_ID(N'core.lead_assignment'), N'ix_core_lead_assignment_user_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_assignment_user_id
            ON core.lead_assignment (user_id, assigned_until)
            INCLUDE (lead_id);
    END;
GO
