-- core.office: the sales offices. At most one is the catch-all that receives every
-- PLZ no range names.
CREATE TABLE IF NOT EXISTS core.office (
    office_id SMALLINT NOT NULL,
    office_code VARCHAR(20) NOT NULL,
    office_name VARCHAR(100) NOT NULL,
    is_catch_all BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_core_office PRIMARY KEY (office_id),
    CONSTRAINT uq_core_office_office_code UNIQUE (office_code)
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_core_office_is_catch_all
ON core.office (is_catch_all) WHERE is_catch_all;
