/*
bi.code_label: the labels of every coded value (status, event type, role, size
category, NOGA branche) in German, French and English, for BI tools: join
bi.lead.status to code where list_name = 'lead_status', and so on.

Columns: list_name, code, sort_order, label_de, label_fr, label_en, is_final,
is_open, is_contact (as core.code_list). The lists are not secret: every reader
sees all of them.
Callers: members of leadbase_bi (SELECT on schema bi).
Same columns, in the same order, as db/postgres/views/code_label.sql.
Example: SELECT c.code, c.label_de FROM bi.code_label AS c WHERE c.list_name = 'lead_status';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW bi.code_label
AS
SELECT
    c.list_name,
    c.code,
    c.sort_order,
    c.label_de,
    c.label_fr,
    c.label_en,
    c.is_final,
    c.is_open,
    c.is_contact
FROM core.code_list AS c;
GO
