-- core.code_list: every coded value with its labels, one row per code: the lookup
-- tables in one shape for app.list_codes, bi.code_label and core.code_problem.
-- is_final/is_open: lead_status only; is_contact: event_type only; NULL elsewhere.
CREATE OR REPLACE VIEW core.code_list AS
SELECT
    'lead_status'::VARCHAR(30) AS list_name,
    s.code,
    s.sort_order,
    s.label_de,
    s.label_fr,
    s.label_en,
    s.is_final,
    s.is_open,
    NULL::BOOLEAN AS is_contact
FROM core.lead_status AS s
UNION ALL
SELECT
    'event_type'::VARCHAR(30) AS list_name,
    e.code,
    e.sort_order,
    e.label_de,
    e.label_fr,
    e.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    e.is_contact
FROM core.event_type AS e
UNION ALL
SELECT
    'role'::VARCHAR(30) AS list_name,
    r.code,
    r.sort_order,
    r.label_de,
    r.label_fr,
    r.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.role AS r
UNION ALL
SELECT
    'size_category'::VARCHAR(30) AS list_name,
    z.code,
    z.sort_order,
    z.label_de,
    z.label_fr,
    z.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.size_category AS z
UNION ALL
SELECT
    'noga_branche'::VARCHAR(30) AS list_name,
    n.code,
    n.sort_order,
    n.label_de,
    n.label_fr,
    n.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.noga_branche AS n
UNION ALL
SELECT
    'language'::VARCHAR(30) AS list_name,
    g.code,
    g.sort_order,
    g.label_de,
    g.label_fr,
    g.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.language AS g
UNION ALL
SELECT
    'assignment_reason'::VARCHAR(30) AS list_name,
    ar.code,
    ar.sort_order,
    ar.label_de,
    ar.label_fr,
    ar.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.assignment_reason AS ar
UNION ALL
SELECT
    'sign_in_outcome'::VARCHAR(30) AS list_name,
    so.code,
    so.sort_order,
    so.label_de,
    so.label_fr,
    so.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.sign_in_outcome AS so
UNION ALL
SELECT
    'import_reason'::VARCHAR(30) AS list_name,
    ir.reason_code AS code,
    ir.sort_order,
    ir.label_de,
    ir.label_fr,
    ir.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.import_reason AS ir
UNION ALL
SELECT
    'kpi'::VARCHAR(30) AS list_name,
    k.code,
    k.sort_order,
    k.label_de,
    k.label_fr,
    k.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.kpi AS k
UNION ALL
SELECT
    'aging_bucket'::VARCHAR(30) AS list_name,
    ab.code,
    ab.sort_order,
    ab.label_de,
    ab.label_fr,
    ab.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.aging_bucket AS ab
UNION ALL
SELECT
    'feedback_reason'::VARCHAR(30) AS list_name,
    fr.code,
    fr.sort_order,
    fr.label_de,
    fr.label_fr,
    fr.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.feedback_reason AS fr
UNION ALL
SELECT
    'scoring_factor'::VARCHAR(30) AS list_name,
    sf.code,
    sf.sort_order,
    sf.label_de,
    sf.label_fr,
    sf.label_en,
    NULL::BOOLEAN AS is_final,
    NULL::BOOLEAN AS is_open,
    NULL::BOOLEAN AS is_contact
FROM core.scoring_factor AS sf;
