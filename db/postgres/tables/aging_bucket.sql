-- core.aging_bucket: the age classes of open leads (days since delivery, business
-- time) for the aging KPI of app.get_kpis: min_days to max_days inclusive, max_days
-- NULL = no upper bound. The one list: screens and bi read the labels through
-- core.code_list. Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.aging_bucket (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    min_days INTEGER NOT NULL,
    max_days INTEGER,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_aging_bucket PRIMARY KEY (code),
    CONSTRAINT ck_core_aging_bucket_days CHECK (min_days >= 0 AND (max_days IS NULL OR max_days >= min_days))
);

INSERT INTO core.aging_bucket (code, sort_order, min_days, max_days, label_de, label_fr, label_en)
VALUES
('d0_7', 1, 0, 7, '0–7 Tage', '0–7 jours', '0–7 days'),
('d8_30', 2, 8, 30, '8–30 Tage', '8–30 jours', '8–30 days'),
('d31_90', 3, 31, 90, '31–90 Tage', '31–90 jours', '31–90 days'),
('d91_180', 4, 91, 180, '91–180 Tage', '91–180 jours', '91–180 days'),
('d181', 5, 181, NULL, 'über 180 Tage', 'plus de 180 jours', 'over 180 days')
ON CONFLICT (code) DO NOTHING;
