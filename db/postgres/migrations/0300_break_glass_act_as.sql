-- Migration 0300: security.break_glass_log.act_as_user_id, the user a break-glass
-- session acts as (security.open_break_glass p_act_as_user_id). Added last, nullable,
-- so existing rows keep their meaning (a session over every office). A no-op on a
-- fresh database (tables/break_glass_log.sql creates the column). See db/CONTRACT.md,
-- "Schema changes".
ALTER TABLE security.break_glass_log
ADD COLUMN IF NOT EXISTS act_as_user_id INTEGER
CONSTRAINT fk_security_break_glass_log_act_as_user_id_core_app_user REFERENCES core.app_user (user_id);
