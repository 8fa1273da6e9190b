/*
security.bi_central_login: the central BI users, which read every office through the
bi views (security.caller_offices()); their reads are audited (security.bi_central_use).

login_name is the database user name (USER_NAME()) of a member of leadbase_bi.
Maintained by DBAs, e.g.
    INSERT security.bi_central_login (login_name, reason)
    VALUES (N'bi_group', N'Group controlling, approved by ...');
Created only when missing. Referenced by the schema-bound security.caller_offices()
(dropped and recreated around the tables by the deployment).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'security.bi_central_login', N'U') IS NULL
    BEGIN
        CREATE TABLE security.bi_central_login (
            login_name SYSNAME NOT NULL,
            reason NVARCHAR(500) NOT NULL,
            granted_at DATETIME2(3) NOT NULL
            CONSTRAINT df_security_bi_central_login_granted_at DEFAULT SYSUTCDATETIME(),
            CONSTRAINT pk_security_bi_central_login PRIMARY KEY CLUSTERED (login_name)
        );
    END;
GO
