/*
Migration 0300: security.break_glass_log.act_as_user_id, the Leadbase user a
break-glass session acts as (security.open_break_glass @act_as_user_id).

A nullable column added at the end, with its foreign key to core.app_user, so
existing rows keep their meaning (a session over every office). A no-op when the
column exists (a fresh database: tables/break_glass_log.sql creates it). The
table is not temporal and no schema-bound object blocks adding a column.
See db/CONTRACT.md, "Schema changes".
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF
    NOT EXISTS (
        SELECT 1
        FROM sys.columns AS c
        WHERE c.object_id = OBJECT_ID(N'security.break_glass_log') AND c.name = N'act_as_user_id'
    )
    BEGIN
        ALTER TABLE security.break_glass_log
        ADD act_as_user_id INT NULL
        CONSTRAINT fk_security_break_glass_log_act_as_user_id_core_app_user
        FOREIGN KEY REFERENCES core.app_user (user_id);
    END;
GO
