-- security.bi_login_office: which offices a BI login (Power BI, Excel) may read.
CREATE TABLE IF NOT EXISTS security.bi_login_office (
    login_name VARCHAR(128) NOT NULL,
    office_id SMALLINT NOT NULL,
    CONSTRAINT pk_security_bi_login_office PRIMARY KEY (login_name, office_id),
    CONSTRAINT fk_security_bi_login_office_office_id_core_office
    FOREIGN KEY (office_id) REFERENCES core.office (office_id)
);

CREATE INDEX IF NOT EXISTS ix_security_bi_login_office_office_id ON security.bi_login_office (office_id);
