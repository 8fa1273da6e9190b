/*
core.office_plz_range: the PLZ-to-office mapping (system-versioned).

A lead's office is the office whose range contains its PLZ, else the catch-all
office (core.office.is_catch_all = 1). Ranges must not overlap; that rule spans
rows, so app.set_plz_mapping validates it (and names each overlap and gap) when
it replaces the mapping. Only app.set_plz_mapping writes this table.
History: history.office_plz_range (who changed the mapping, and when).
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.office_plz_range', N'U') IS NULL
    BEGIN
        CREATE TABLE history.office_plz_range (
            plz_range_id INT NOT NULL,
            office_id SMALLINT NOT NULL,
            plz_from SMALLINT NOT NULL,
            plz_to SMALLINT NOT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL
        );

        CREATE CLUSTERED INDEX ix_history_office_plz_range_valid_to_valid_from
            ON history.office_plz_range (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.office_plz_range (
            plz_range_id INT IDENTITY (1, 1) NOT NULL,
            office_id SMALLINT NOT NULL,
            plz_from SMALLINT NOT NULL,
            plz_to SMALLINT NOT NULL,
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            CONSTRAINT pk_core_office_plz_range PRIMARY KEY CLUSTERED (plz_range_id),
            CONSTRAINT fk_core_office_plz_range_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT ck_core_office_plz_range_plz_from_plz_to
            CHECK (plz_from >= 1000 AND plz_from <= plz_to AND plz_to <= 9999),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.office_plz_range, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

-- Supports fk_core_office_plz_range_office_id_core_office.
IF INDEXPROPERTY(OBJECT_ID(N'core.office_plz_range'), N'ix_core_office_plz_range_office_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_office_plz_range_office_id
            ON core.office_plz_range (office_id);
    END;
GO
