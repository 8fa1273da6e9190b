/*
security.break_glass_log: every opening of break-glass access, for audit.

security.open_break_glass writes one row per call: the login (ORIGINAL_LOGIN(),
so EXECUTE AS cannot disguise it), the reason, and a window of one hour.
security.caller_offices() grants every office to a member of leadbase_breakglass
whose session context break_glass_id names an unexpired row opened by the same
login, unless the row names act_as_user_id: then security.caller() returns that
user for the session instead (acting as another user, migration 0300 added the
column). Rows are never updated or deleted by Leadbase.
Created only when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'security.break_glass_log', N'U') IS NULL
    BEGIN
        CREATE TABLE security.break_glass_log (
            break_glass_id INT IDENTITY (1, 1) NOT NULL,
            login_name SYSNAME NOT NULL CONSTRAINT df_security_break_glass_log_login_name DEFAULT (ORIGINAL_LOGIN()),
            reason NVARCHAR(500) NOT NULL,
            opened_at DATETIME2(3) NOT NULL CONSTRAINT df_security_break_glass_log_opened_at DEFAULT (SYSUTCDATETIME()),
            expires_at DATETIME2(3) NOT NULL,
            act_as_user_id INT NULL,
            CONSTRAINT pk_security_break_glass_log PRIMARY KEY CLUSTERED (break_glass_id),
            CONSTRAINT fk_security_break_glass_log_act_as_user_id_core_app_user
            FOREIGN KEY (act_as_user_id) REFERENCES core.app_user (user_id),
            CONSTRAINT ck_security_break_glass_log_reason CHECK (LEN(reason) >= 10),
            CONSTRAINT ck_security_break_glass_log_expires_at CHECK (expires_at > opened_at)
        );
    END;
GO
