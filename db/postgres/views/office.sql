-- bi.office: the offices, for BI tools' slicers.
CREATE OR REPLACE VIEW bi.office AS
SELECT
    o.office_id,
    o.office_code,
    o.office_name,
    o.is_catch_all
FROM core.office AS o;
