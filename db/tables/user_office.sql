/*
core.user_office: which offices a user works for (system-versioned).

A representative has exactly one office; managers and admins one or more.
That rule depends on app_user.role_code, so app.save_user enforces it.
security.caller_offices() reads this table for the application user.
History: history.user_office.
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.user_office', N'U') IS NULL
    BEGIN
        CREATE TABLE history.user_office (
            user_id INT NOT NULL,
            office_id SMALLINT NOT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL
        );

        CREATE CLUSTERED INDEX ix_history_user_office_valid_to_valid_from
            ON history.user_office (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.user_office (
            user_id INT NOT NULL,
            office_id SMALLINT NOT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            -- user_id leads the key, so it also supports fk_core_user_office_user_id_core_app_user.
            CONSTRAINT pk_core_user_office PRIMARY KEY CLUSTERED (user_id, office_id),
            CONSTRAINT fk_core_user_office_user_id_core_app_user
            FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
            CONSTRAINT fk_core_user_office_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.user_office, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

-- Supports fk_core_user_office_office_id_core_office (and "users of an office").
IF INDEXPROPERTY(OBJECT_ID(N'core.user_office'), N'ix_core_user_office_office_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_user_office_office_id
            ON core.user_office (office_id);
    END;
GO
