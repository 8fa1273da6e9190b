/*
security.dba_login_user: who a DBA's login is when it calls the app procedures.

One row per login (ORIGINAL_LOGIN(), so EXECUTE AS inside a procedure cannot
disguise it), naming exactly one Leadbase user. security.caller() returns that
user for the login and ignores session context: only the web tier's login (a
member of leadbase_web) may name a user with sp_set_session_context. Acting as
somebody else is break-glass (security.open_break_glass @act_as_user_id), logged
with a reason.
Maintained by DBAs, e.g.
    INSERT security.dba_login_user (login_name, user_id) VALUES (N'CORP\anna', 7);
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'security.dba_login_user', N'U') IS NULL
    BEGIN
        CREATE TABLE security.dba_login_user (
            login_name SYSNAME NOT NULL,
            user_id INT NOT NULL,
            CONSTRAINT pk_security_dba_login_user PRIMARY KEY CLUSTERED (login_name),
            CONSTRAINT fk_security_dba_login_user_user_id_core_app_user
            FOREIGN KEY (user_id) REFERENCES core.app_user (user_id)
        );
    END;
GO

-- Supports fk_security_dba_login_user_user_id_core_app_user.
IF INDEXPROPERTY(OBJECT_ID(N'security.dba_login_user'), N'ix_security_dba_login_user_user_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_security_dba_login_user_user_id
            ON security.dba_login_user (user_id);
    END;
GO
