/*
core.user_visit: when a user last opened their home page (app.my_alerts records it
and reports the assignments made since). One row per user who ever did.
PostgreSQL twin: db/postgres/tables/user_visit.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.user_visit', N'U') IS NULL
    BEGIN
        CREATE TABLE core.user_visit (
            user_id INT NOT NULL,
            home_seen_at DATETIME2(3) NOT NULL,
            CONSTRAINT pk_core_user_visit PRIMARY KEY CLUSTERED (user_id),
            CONSTRAINT fk_core_user_visit_user_id_core_app_user
            FOREIGN KEY (user_id) REFERENCES core.app_user (user_id)
        );
    END;
GO
