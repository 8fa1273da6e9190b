-- bi.code_label: the labels of every coded value in German, French and English,
-- for BI tools (join bi.lead.status to code where list_name = 'lead_status', ...).
CREATE OR REPLACE VIEW bi.code_label AS
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
