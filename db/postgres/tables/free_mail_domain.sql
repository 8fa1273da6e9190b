-- core.free_mail_domain: e-mail providers whose domain says nothing about the
-- company (gmail.com, bluewin.ch, ...): never a domain match key. Seed:
-- seed/030_import.sql.
CREATE TABLE IF NOT EXISTS core.free_mail_domain (
    domain VARCHAR(100) NOT NULL,
    CONSTRAINT pk_core_free_mail_domain PRIMARY KEY (domain)
);
