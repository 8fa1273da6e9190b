/*
core.user_sso_link: which person of the company's identity provider (OpenID
Connect) signs in as which Leadbase user (system-versioned).

An admin links a user to the provider's subject (the stable "sub" claim) or to an
e-mail address (lower case); app.get_sso_user finds the user by subject first,
then by e-mail. No user is ever created from a sign-in. One link per user; a
subject or an e-mail belongs to at most one user (filtered unique indexes).
History: history.user_sso_link.
Created only when missing; indexes are added when missing.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.user_sso_link', N'U') IS NULL
    BEGIN
        CREATE TABLE history.user_sso_link (
            user_id INT NOT NULL,
            subject VARCHAR(255) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            email VARCHAR(254) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            last_edited_by INT NULL,
            valid_from DATETIME2(3) NOT NULL,
            valid_to DATETIME2(3) NOT NULL
        );

        CREATE CLUSTERED INDEX ix_history_user_sso_link_valid_to_valid_from
            ON history.user_sso_link (valid_to, valid_from)
            WITH (DATA_COMPRESSION = PAGE);

        CREATE TABLE core.user_sso_link (
            user_id INT NOT NULL,
            subject VARCHAR(255) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            email VARCHAR(254) COLLATE Latin1_General_100_BIN2 NULL,  -- noqa: CP02
            last_edited_by INT NULL,
            valid_from DATETIME2(3) GENERATED ALWAYS AS ROW START NOT NULL,
            valid_to DATETIME2(3) GENERATED ALWAYS AS ROW END NOT NULL,
            CONSTRAINT pk_core_user_sso_link PRIMARY KEY CLUSTERED (user_id),
            CONSTRAINT fk_core_user_sso_link_user_id_core_app_user
            FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
            CONSTRAINT ck_core_user_sso_link_subject_or_email CHECK (subject IS NOT NULL OR email IS NOT NULL),
            CONSTRAINT ck_core_user_sso_link_email
            CHECK (CAST(email AS VARBINARY(254)) = CAST(LOWER(email) AS VARBINARY(254))),
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
        )
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = history.user_sso_link, DATA_CONSISTENCY_CHECK = ON));
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.user_sso_link'), N'ux_core_user_sso_link_subject', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_user_sso_link_subject
            ON core.user_sso_link (subject)
            WHERE subject IS NOT NULL;
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.user_sso_link'), N'ux_core_user_sso_link_email', 'IndexID') IS NULL
    BEGIN
        CREATE UNIQUE INDEX ux_core_user_sso_link_email
            ON core.user_sso_link (email)
            WHERE email IS NOT NULL;
    END;
GO
