/*
core.assignment_reason: why a representative got a lead (the one list:
core.lead_assignment.reason_code refers to it).

claimed: the representative took it (app.claim_next_lead); assigned: a manager
gave an unassigned lead (app.assign_lead); reassigned: a manager moved it from
another representative, the assignment's note saying why.

Not system-versioned and not under row-level security: the lists are not secret.
code compares byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
app.list_codes and bi.code_label read the labels (core.code_list).
Created only when missing; the reference rows are inserted when missing and
never overwritten.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.assignment_reason', N'U') IS NULL
    BEGIN
        CREATE TABLE core.assignment_reason (
            code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_assignment_reason PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.assignment_reason (code, sort_order, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    ('claimed', CAST(1 AS SMALLINT), N'Selbst übernommen', N'Pris en charge', N'Claimed'),
    ('assigned', CAST(2 AS SMALLINT), N'Vom Manager zugewiesen', N'Attribué par le manager', N'Assigned by a manager'),
    ('reassigned', CAST(3 AS SMALLINT), N'Neu zugewiesen', N'Réattribué', N'Reassigned')
) AS v(code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.assignment_reason AS t
    WHERE t.code = v.code
);
GO
