-- core.user_visit: when a user last opened their home page (app.my_alerts records it
-- and reports the assignments made since). One row per user who ever did.
CREATE TABLE IF NOT EXISTS core.user_visit (
    user_id INTEGER NOT NULL,
    home_seen_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_core_user_visit PRIMARY KEY (user_id),
    CONSTRAINT fk_core_user_visit_user_id_core_app_user
    FOREIGN KEY (user_id) REFERENCES core.app_user (user_id)
);
