/*
core.office_setting: an office's settings for the representatives' home page.
untouched_alert_days: a lead assigned to a representative and untouched (no event
logged since the assignment) for this many days raises an alert (app.my_alerts).
One row per office (seed/010_offices.sql adds the missing ones with the default);
app.save_office_setting changes it. Not office data (no company in it).
PostgreSQL twin: db/postgres/tables/office_setting.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.office_setting', N'U') IS NULL
    BEGIN
        CREATE TABLE core.office_setting (
            office_id SMALLINT NOT NULL,
            untouched_alert_days SMALLINT NOT NULL
            CONSTRAINT df_core_office_setting_untouched_alert_days DEFAULT (5),
            last_edited_by INT NULL,
            CONSTRAINT pk_core_office_setting PRIMARY KEY CLUSTERED (office_id),
            CONSTRAINT fk_core_office_setting_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT ck_core_office_setting_untouched_alert_days CHECK (untouched_alert_days BETWEEN 1 AND 365)
        );
    END;
GO
