-- PostgreSQL only: security.bi_central_read, one row per read of a bi view by a central
-- BI login (security.bi_central_login), written by security.log_bi_central_read() from
-- the functions behind the views. SQL Server keeps the same in its audit (a database
-- audit specification, db/security/bi_central_use.sql). Read through security.bi_central_use.
CREATE TABLE IF NOT EXISTS security.bi_central_read (
    read_id BIGINT GENERATED ALWAYS AS IDENTITY,
    login_name VARCHAR(128) NOT NULL,
    view_name VARCHAR(128) NOT NULL,
    read_at TIMESTAMPTZ NOT NULL DEFAULT CLOCK_TIMESTAMP(),
    CONSTRAINT pk_security_bi_central_read PRIMARY KEY (read_id)
);

CREATE INDEX IF NOT EXISTS ix_security_bi_central_read_read_at ON security.bi_central_read (read_at);
