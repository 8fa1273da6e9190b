-- core.office_setting: an office's settings for the representatives' home page.
-- untouched_alert_days: a lead assigned to a representative and untouched (no event
-- logged since the assignment) for this many days raises an alert (app.my_alerts).
-- One row per office (seed/010_offices.sql adds the missing ones with the default);
-- app.save_office_setting changes it. Not office data (no company in it).
CREATE TABLE IF NOT EXISTS core.office_setting (
    office_id SMALLINT NOT NULL,
    untouched_alert_days SMALLINT NOT NULL DEFAULT 5,
    last_edited_by INTEGER,
    CONSTRAINT pk_core_office_setting PRIMARY KEY (office_id),
    CONSTRAINT fk_core_office_setting_office_id_core_office
    FOREIGN KEY (office_id) REFERENCES core.office (office_id),
    CONSTRAINT ck_core_office_setting_untouched_alert_days CHECK (untouched_alert_days BETWEEN 1 AND 365)
);
