/*
bi_central_use.sql: the use of the central BI users (security.bi_central_login),
visible in an audit view.

SQL Server functions cannot write, so the reads are recorded by SQL Server Audit, as
the engine intends: when the DBA has created a server audit named leadbase_audit
(CREATE SERVER AUDIT leadbase_audit TO FILE (FILEPATH = N'...'); ALTER SERVER AUDIT
leadbase_audit WITH (STATE = ON);), this file adds the database audit specification
leadbase_bi_reads (SELECT on schema bi by leadbase_bi). Without that server audit the
view is empty, and the DBA's runbook says to create it before any central user.

security.bi_central_reads() / security.bi_central_use: login_name, view_name,
read_at, reason: every bi read by a central user, from the audit files. Readers need
CONTROL SERVER (sys.fn_get_audit_file): DBAs.
PostgreSQL twin: db/postgres/security/bi_central_use.sql (a log table written by the
functions behind the views).
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF
    EXISTS (
        SELECT 1
        FROM sys.server_audits
        WHERE name = N'leadbase_audit'
    )
    AND NOT EXISTS (
        SELECT 1
        FROM sys.database_audit_specifications
        WHERE name = N'leadbase_bi_reads'
    )
    BEGIN
        EXEC (N'CREATE DATABASE AUDIT SPECIFICATION leadbase_bi_reads FOR SERVER AUDIT leadbase_audit
            ADD (SELECT ON SCHEMA::bi BY leadbase_bi) WITH (STATE = ON);');
    END;
GO

CREATE OR ALTER FUNCTION security.bi_central_reads()
RETURNS @rows TABLE (
    login_name SYSNAME NOT NULL,
    view_name NVARCHAR(260) NOT NULL,
    read_at DATETIME2(3) NOT NULL,
    reason NVARCHAR(500) NOT NULL
)
AS
BEGIN
    DECLARE @pattern NVARCHAR(260) = (
        SELECT CONCAT(fa.log_file_path, fa.name, N'_', fa.audit_guid, N'*')
        FROM sys.server_file_audits AS fa
        WHERE fa.name = N'leadbase_audit'
    );

    IF @pattern IS NOT NULL
        BEGIN
            INSERT @rows (login_name, view_name, read_at, reason)
            SELECT
                a.database_principal_name AS login_name,
                CONCAT(a.schema_name, N'.', a.object_name) AS view_name,
                a.event_time AS read_at,
                c.reason
            FROM sys.fn_get_audit_file(@pattern, DEFAULT, DEFAULT) AS a
            INNER JOIN security.bi_central_login AS c ON a.database_principal_name = c.login_name
            WHERE a.action_id = 'SL' AND a.database_name = DB_NAME() AND a.schema_name = N'bi';
        END;

    RETURN;
END;
GO

CREATE OR ALTER VIEW security.bi_central_use
AS
SELECT
    r.login_name,
    r.view_name,
    r.read_at,
    r.reason
FROM security.bi_central_reads() AS r;
GO
