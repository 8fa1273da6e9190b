/*
security.bi_login_office: which offices a BI database user may read.

login_name is the database user name (USER_NAME()) of a member of leadbase_bi,
e.g. the user of a Power BI service login. security.caller_offices() returns the
offices listed here for that user; a BI user without rows sees nothing.
Maintained by DBAs, e.g.
    INSERT security.bi_login_office (login_name, office_id) VALUES (N'bi_luzern', 1);
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'security.bi_login_office', N'U') IS NULL
    BEGIN
        CREATE TABLE security.bi_login_office (
            login_name SYSNAME NOT NULL,
            office_id SMALLINT NOT NULL,
            CONSTRAINT pk_security_bi_login_office PRIMARY KEY CLUSTERED (login_name, office_id),
            CONSTRAINT fk_security_bi_login_office_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id)
        );
    END;
GO

-- Supports fk_security_bi_login_office_office_id_core_office.
IF INDEXPROPERTY(OBJECT_ID(N'security.bi_login_office'), N'ix_security_bi_login_office_office_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_security_bi_login_office_office_id
            ON security.bi_login_office (office_id);
    END;
GO
