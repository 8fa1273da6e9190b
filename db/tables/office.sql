/*
core.office: the sales offices (Luzern, Romandie, Egeli).

office_id is given, not generated: the seed (seed/010_offices.sql) names 1, 2, 3.
At most one office is the catch-all (ux_core_office_is_catch_all); it receives
every PLZ that no range in core.office_plz_range names.
Not system-versioned and not under row-level security: office names are not
secret, and every procedure joins them.
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.office', N'U') IS NULL
    BEGIN
        CREATE TABLE core.office (
            office_id SMALLINT NOT NULL,
            office_code VARCHAR(20) NOT NULL,
            office_name NVARCHAR(100) NOT NULL,
            is_catch_all BIT NOT NULL CONSTRAINT df_core_office_is_catch_all DEFAULT (0),
            CONSTRAINT pk_core_office PRIMARY KEY CLUSTERED (office_id),
            CONSTRAINT uq_core_office_office_code UNIQUE (office_code),
            CONSTRAINT ck_core_office_office_code CHECK (
                CAST(office_code AS VARBINARY(20)) = CAST(LOWER(office_code) AS VARBINARY(20))
                AND office_code NOT LIKE '%[^a-z0-9_]%'
            )
        );
    END;
GO

-- At most one catch-all office.
IF INDEXPROPERTY(OBJECT_ID(N'core.office'), N'ux_core_office_is_catch_all', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_office_is_catch_all
            ON core.office (is_catch_all)
            WHERE is_catch_all = 1;
    END;
GO
