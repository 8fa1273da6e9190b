/*
app.list_scoring_models: the learned score's versions (admins, the "Score model"
screen): each of the caller's offices with its latest model (an office without a
model yet appears with NULLs: it needs a refit); with @history = 1 every version of
the caller's offices, newest first (core.scoring_model).

Parameters:
    @history  BIT  0 (default): each office's latest model; 1: every version
Result: office_code VARCHAR(20), model_id BIGINT (NULL: no model yet), trained_from
    DATE, trained_to DATE, positive_count INT, negative_count INT, holdout_count INT,
    quality_basis VARCHAR(10) ('holdout', 'training'), auc DECIMAL(5,4), log_loss
    DECIMAL(9,4), fitted_at DATETIME2(3), fitted_by NVARCHAR(200) (display name),
    rescored_at DATETIME2(3) (NULL: not rescored with this version yet), lead_count INT
    (the office's leads scored by this version, from core.lead_score; NULL without a
    model and in history rows). Current models sorted by office code; history newest
    first.
Errors:
    50401  'No active user is signed in.'
    50403  'Only admins may see the scoring models.'
PostgreSQL twin: db/postgres/procedures/list_scoring_models.sql.
Example:
    EXEC app.list_scoring_models @history = 1;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.list_scoring_models
    @history BIT = 0
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);

    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may see the scoring models.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    IF COALESCE(@history, 0) = 1
        BEGIN
            SELECT
                o.office_code,
                m.model_id,
                m.trained_from,
                m.trained_to,
                m.positive_count,
                m.negative_count,
                m.holdout_count,
                m.quality_basis,
                m.auc,
                m.log_loss,
                m.fitted_at,
                u.display_name AS fitted_by,
                m.rescored_at,
                CAST(NULL AS INT) AS lead_count
            FROM core.scoring_model AS m
            INNER JOIN security.caller_offices() AS c ON m.office_id = c.office_id
            INNER JOIN core.office AS o ON m.office_id = o.office_id
            LEFT JOIN core.app_user AS u ON m.fitted_by = u.user_id
            ORDER BY m.fitted_at DESC, m.model_id DESC;
            RETURN;
        END;

    SELECT
        o.office_code,
        m.model_id,
        m.trained_from,
        m.trained_to,
        m.positive_count,
        m.negative_count,
        m.holdout_count,
        m.quality_basis,
        m.auc,
        m.log_loss,
        m.fitted_at,
        u.display_name AS fitted_by,
        m.rescored_at,
        CASE
            WHEN m.model_id IS NOT NULL
                THEN (
                    SELECT COUNT(*)
                    FROM core.lead_score AS s
                    WHERE s.office_id = o.office_id AND s.model_id = m.model_id
                )
        END AS lead_count
    FROM core.office AS o
    INNER JOIN security.caller_offices() AS c ON o.office_id = c.office_id
    OUTER APPLY (
        SELECT TOP (1)
            x.model_id,
            x.trained_from,
            x.trained_to,
            x.positive_count,
            x.negative_count,
            x.holdout_count,
            x.quality_basis,
            x.auc,
            x.log_loss,
            x.fitted_at,
            x.fitted_by,
            x.rescored_at
        FROM core.scoring_model AS x
        WHERE x.office_id = o.office_id
        ORDER BY x.model_id DESC
    ) AS m
    LEFT JOIN core.app_user AS u ON m.fitted_by = u.user_id
    ORDER BY o.office_code ASC;
END;
GO
