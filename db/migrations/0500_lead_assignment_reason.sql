/*
0500_lead_assignment_reason.sql: core.lead_assignment gets reason_code (why the
representative got the lead: claimed, assigned, reassigned; core.assignment_reason),
the last column of core.lead_assignment and history.lead_assignment. Existing
assignments, all made by managers, get the reason app.assign_lead now records:
reassigned when another assignment of the lead ended the moment this one began,
else assigned; their history versions the same (filled while versioning is off,
so no history version is written).

Brings a database deployed before it to the current shape, keeping its data;
a no-op on a fresh database (tables/lead_assignment.sql creates the column).
core.lead_assignment is temporal: versioning off, the same column on both tables,
versioning on again with the same history table. The foreign key names the new
column, so it runs through sp_executesql (the batch compiles before the column
exists), as do the updates that fill it. Runs inside the deployment's single transaction.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

SET NOCOUNT ON;
SET XACT_ABORT ON;

IF
    NOT EXISTS (
        SELECT 1
        FROM sys.columns AS c
        WHERE
            c.object_id = OBJECT_ID(N'core.lead_assignment')
            AND c.name = N'reason_code'
    )
    BEGIN
        ALTER TABLE core.lead_assignment SET (SYSTEM_VERSIONING = OFF);

        ALTER TABLE core.lead_assignment ADD
        reason_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL;  -- noqa: CP02
        ALTER TABLE history.lead_assignment ADD
        reason_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL;  -- noqa: CP02

        EXEC sys.sp_executesql
            N'ALTER TABLE core.lead_assignment ADD CONSTRAINT fk_core_lead_assignment_reason_code_core_assignment_reason
            FOREIGN KEY (reason_code) REFERENCES core.assignment_reason (code);';

        EXEC sys.sp_executesql
            N'UPDATE a
            SET a.reason_code = CASE
                WHEN EXISTS (
                    SELECT 1 FROM core.lead_assignment AS p
                    WHERE p.lead_id = a.lead_id AND p.assignment_id <> a.assignment_id
                    AND p.assigned_until = a.assigned_at
                ) THEN ''reassigned''
                ELSE ''assigned''
            END
            FROM core.lead_assignment AS a;
            UPDATE h
            SET h.reason_code = a.reason_code
            FROM history.lead_assignment AS h
            INNER JOIN core.lead_assignment AS a ON h.assignment_id = a.assignment_id;';

        ALTER TABLE core.lead_assignment SET (
            SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.lead_assignment, DATA_CONSISTENCY_CHECK = ON)
        );
    END;
GO
