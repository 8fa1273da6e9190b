-- security.bi_central_login: the central BI logins, which read every office through the
-- bi views (security.caller_offices()); each read is logged (security.bi_central_use).
-- Maintained by DBAs: INSERT INTO security.bi_central_login (login_name, reason)
-- VALUES ('bi_group', 'Group controlling, approved by ...');
CREATE TABLE IF NOT EXISTS security.bi_central_login (
    login_name VARCHAR(128) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    granted_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    CONSTRAINT pk_security_bi_central_login PRIMARY KEY (login_name)
);
