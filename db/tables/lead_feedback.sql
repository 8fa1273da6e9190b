/*
core.lead_feedback: a representative's rating of a lead's quality, with a reason
(core.feedback_reason) and an optional note. Written only by app.give_lead_feedback;
a lead's latest feedback counts for the next best lead (its window), every
data_inaccurate one for the partner-quality report. Not temporal: rows are only
added (erase_lead clears the notes). office_id repeats the lead's office so that
the policy needs no join; routing keeps it equal. Office data:
security.office_policy.
PostgreSQL twin: db/postgres/tables/lead_feedback.sql.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.lead_feedback', N'U') IS NULL
    BEGIN
        CREATE TABLE core.lead_feedback (
            feedback_id BIGINT IDENTITY (1, 1) NOT NULL,
            lead_id BIGINT NOT NULL,
            office_id SMALLINT NOT NULL,
            user_id INT NOT NULL,
            given_at DATETIME2(3) NOT NULL
            CONSTRAINT df_core_lead_feedback_given_at DEFAULT (SYSUTCDATETIME()),
            reason_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            note NVARCHAR(1000) NULL,
            CONSTRAINT pk_core_lead_feedback PRIMARY KEY CLUSTERED (feedback_id),
            CONSTRAINT fk_core_lead_feedback_lead_id_core_lead
            FOREIGN KEY (lead_id) REFERENCES core.lead (lead_id),
            CONSTRAINT fk_core_lead_feedback_office_id_core_office
            FOREIGN KEY (office_id) REFERENCES core.office (office_id),
            CONSTRAINT fk_core_lead_feedback_user_id_core_app_user
            FOREIGN KEY (user_id) REFERENCES core.app_user (user_id),
            CONSTRAINT fk_core_lead_feedback_reason_code_core_feedback_reason
            FOREIGN KEY (reason_code) REFERENCES core.feedback_reason (code)
        );
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.lead_feedback'), N'ix_core_lead_feedback_lead_id', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_feedback_lead_id
            ON core.lead_feedback (lead_id, given_at DESC, feedback_id DESC);
    END;
GO

IF INDEXPROPERTY(OBJECT_ID(N'core.lead_feedback'), N'ix_core_lead_feedback_office_id_reason_code', 'IndexID') IS NULL
    BEGIN
        CREATE INDEX ix_core_lead_feedback_office_id_reason_code
            ON core.lead_feedback (office_id, reason_code);
    END;
GO
