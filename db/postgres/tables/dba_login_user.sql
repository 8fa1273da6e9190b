-- security.dba_login_user: who a DBA's database login is when it calls app.*.
-- One row per login, naming exactly one Leadbase user. security.caller() returns that
-- user for the login and ignores app.user_id: only the web tier's login (a member of
-- leadbase_web) may name a user through the session. Acting as somebody else is
-- break-glass (security.open_break_glass with p_act_as_user_id), logged with a reason.
-- Maintained by DBAs, e.g.
--     INSERT INTO security.dba_login_user VALUES ('dba_anna', 7);
CREATE TABLE IF NOT EXISTS security.dba_login_user (
    login_name VARCHAR(128) NOT NULL,
    user_id INTEGER NOT NULL,
    CONSTRAINT pk_security_dba_login_user PRIMARY KEY (login_name),
    CONSTRAINT fk_security_dba_login_user_user_id_core_app_user
    FOREIGN KEY (user_id) REFERENCES core.app_user (user_id)
);

CREATE INDEX IF NOT EXISTS ix_security_dba_login_user_user_id ON security.dba_login_user (user_id);
