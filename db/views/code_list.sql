/*
core.code_list: every coded value of Leadbase with its labels, one row per code.

The lookup tables (core.lead_status, core.event_type, core.role,
core.size_category, core.noga_branche, core.language, core.assignment_reason,
core.sign_in_outcome, core.import_reason, core.feedback_reason) in one shape, for the readers that need
all of them alike: app.list_codes (the screens), bi.code_label (BI tools) and
core.code_problem (the procedures' validation messages).
Columns: list_name (the lookup table's name), code, sort_order, label_de,
label_fr, label_en, is_final and is_open (lead_status only), is_contact
(event_type only); flags of other lists are NULL.
PostgreSQL twin: db/postgres/views/code_list.sql.
Example: SELECT c.code, c.label_fr FROM core.code_list AS c WHERE c.list_name = 'lead_status';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW core.code_list
AS
SELECT
    CAST('lead_status' AS VARCHAR(30)) AS list_name,
    s.code,
    s.sort_order,
    s.label_de,
    s.label_fr,
    s.label_en,
    s.is_final,
    s.is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.lead_status AS s
UNION ALL
SELECT
    CAST('event_type' AS VARCHAR(30)) AS list_name,
    e.code,
    e.sort_order,
    e.label_de,
    e.label_fr,
    e.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    e.is_contact
FROM core.event_type AS e
UNION ALL
SELECT
    CAST('role' AS VARCHAR(30)) AS list_name,
    r.code,
    r.sort_order,
    r.label_de,
    r.label_fr,
    r.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.role AS r
UNION ALL
SELECT
    CAST('size_category' AS VARCHAR(30)) AS list_name,
    z.code,
    z.sort_order,
    z.label_de,
    z.label_fr,
    z.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.size_category AS z
UNION ALL
SELECT
    CAST('noga_branche' AS VARCHAR(30)) AS list_name,
    n.code,
    n.sort_order,
    n.label_de,
    n.label_fr,
    n.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.noga_branche AS n
UNION ALL
SELECT
    CAST('language' AS VARCHAR(30)) AS list_name,
    g.code,
    g.sort_order,
    g.label_de,
    g.label_fr,
    g.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.language AS g
UNION ALL
SELECT
    CAST('assignment_reason' AS VARCHAR(30)) AS list_name,
    ar.code,
    ar.sort_order,
    ar.label_de,
    ar.label_fr,
    ar.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.assignment_reason AS ar
UNION ALL
SELECT
    CAST('sign_in_outcome' AS VARCHAR(30)) AS list_name,
    so.code,
    so.sort_order,
    so.label_de,
    so.label_fr,
    so.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.sign_in_outcome AS so
UNION ALL
SELECT
    CAST('import_reason' AS VARCHAR(30)) AS list_name,
    ir.reason_code AS code,
    ir.sort_order,
    ir.label_de,
    ir.label_fr,
    ir.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.import_reason AS ir
UNION ALL
SELECT
    CAST('kpi' AS VARCHAR(30)) AS list_name,
    k.code,
    k.sort_order,
    k.label_de,
    k.label_fr,
    k.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.kpi AS k
UNION ALL
SELECT
    CAST('aging_bucket' AS VARCHAR(30)) AS list_name,
    ab.code,
    ab.sort_order,
    ab.label_de,
    ab.label_fr,
    ab.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.aging_bucket AS ab
UNION ALL
SELECT
    CAST('feedback_reason' AS VARCHAR(30)) AS list_name,
    fr.code,
    fr.sort_order,
    fr.label_de,
    fr.label_fr,
    fr.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.feedback_reason AS fr
UNION ALL
SELECT
    CAST('scoring_factor' AS VARCHAR(30)) AS list_name,
    sf.code,
    sf.sort_order,
    sf.label_de,
    sf.label_fr,
    sf.label_en,
    CAST(NULL AS BIT) AS is_final,
    CAST(NULL AS BIT) AS is_open,
    CAST(NULL AS BIT) AS is_contact
FROM core.scoring_factor AS sf;
GO
