/*
app.rescore_leads: give every lead of the caller's offices its learned score from the
office's latest model (core.lead_score), set-based.

Callers: admins and managers (DBAs, a scheduled job acting as one), after
app.refit_scoring_model or whenever leads changed (contacts, feedback, age). An office
without a model is left alone: its leads keep the initial score.
score = ROUND(100 / (1 + EXP(-log_odds)), 0), log_odds = the model's prior + the weight
of each of the lead's factor values (core.scoring_features; 0 for a value the model
never saw). Every lead of the office is scored, open or closed, and the model is
marked rescored (core.scoring_model.rescored_at): from then on the next best lead
reads these scores. Idempotent: the same model and the same leads give the same rows.
Takes the routing lock shared (db/CONTRACT.md, "Transactions"), so no lead moves
office meanwhile; core.lead itself is only read, so no lead gets a new version.
Parameters:
    @office_code  VARCHAR(20)  NULL = every office of the caller
Result (one row per office): office_code, model_id (NULL: no model yet), lead_count
    INT (leads scored), average_score DECIMAL(5,2), scored_at
Errors:
    50400  'The value for the parameter office_code is not supported. It must name one
           of your offices.' (another office's code answers like an unknown one)
    50401  'No active user is signed in.'
    50403  'Only admins and managers may rescore leads.'
PostgreSQL twin: db/postgres/procedures/rescore_leads.sql.
Example:
    EXEC app.rescore_leads @office_code = 'luzern';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.rescore_leads
    @office_code VARCHAR(20) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @has_lock BIT = 0;
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @office_id SMALLINT;
    DECLARE @model_id BIGINT;
    DECLARE @prior DECIMAL(9, 4);
    DECLARE @now DATETIME2(3) = SYSUTCDATETIME();
    DECLARE @office TABLE (office_id SMALLINT NOT NULL PRIMARY KEY);
    DECLARE @result TABLE (office_id SMALLINT NOT NULL PRIMARY KEY, model_id BIGINT NULL);

    ----------------------------------------------------------------------------
    -- Who is calling; only the caller's offices exist here
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'admin,manager',
        @forbidden_message = N'Only admins and managers may rescore leads.',
        @user_id = @caller_id OUTPUT,
        @role_code = @caller_role OUTPUT;

    INSERT @office (office_id)
    SELECT o.office_id
    FROM core.office AS o
    INNER JOIN security.caller_offices() AS c ON o.office_id = c.office_id
    WHERE @office_code IS NULL OR o.office_code = @office_code;

    IF @office_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @office)
        BEGIN
            THROW 50400,
            N'The value for the parameter office_code is not supported. It must name one of your offices.',
            1;
        END;

    BEGIN TRY
        EXEC core.routing_lock @mode = 'Shared';
        SET @has_lock = 1;

        BEGIN TRANSACTION;

        SELECT @office_id = MIN(o.office_id)
        FROM @office AS o;

        WHILE @office_id IS NOT NULL
            BEGIN
                SET @model_id = NULL;

                SELECT TOP (1)
                    @model_id = m.model_id,
                    @prior = m.prior_log_odds
                FROM core.scoring_model AS m
                WHERE m.office_id = @office_id
                ORDER BY m.model_id DESC;

                IF @model_id IS NOT NULL
                    BEGIN
                        DELETE FROM core.lead_score
                        WHERE office_id = @office_id;

                        WITH summed AS (
                            SELECT
                                f.lead_id,
                                f.noga_section,
                                f.noga_division,
                                f.size_category,
                                f.region,
                                f.partner,
                                f.batch_age,
                                f.contacts,
                                f.completeness,
                                f.feedback,
                                @prior + COALESCE(w1.weight, 0) + COALESCE(w2.weight, 0) + COALESCE(w3.weight, 0)
                                + COALESCE(w4.weight, 0) + COALESCE(w5.weight, 0) + COALESCE(w6.weight, 0)
                                + COALESCE(w7.weight, 0) + COALESCE(w8.weight, 0) + COALESCE(w9.weight, 0) AS log_odds
                            FROM core.scoring_features(@office_id) AS f
                            LEFT JOIN core.scoring_weight AS w1
                            ON
                                w1.model_id = @model_id AND w1.factor_code = 'noga_section'
                                AND f.noga_section = w1.factor_value
                            LEFT JOIN core.scoring_weight AS w2
                            ON
                                w2.model_id = @model_id AND w2.factor_code = 'noga_division'
                                AND f.noga_division = w2.factor_value
                            LEFT JOIN core.scoring_weight AS w3
                            ON
                                w3.model_id = @model_id AND w3.factor_code = 'size'
                                AND f.size_category = w3.factor_value
                            LEFT JOIN core.scoring_weight AS w4
                            ON
                                w4.model_id = @model_id AND w4.factor_code = 'region'
                                AND f.region = w4.factor_value
                            LEFT JOIN core.scoring_weight AS w5
                            ON
                                w5.model_id = @model_id AND w5.factor_code = 'partner'
                                AND f.partner = w5.factor_value
                            LEFT JOIN core.scoring_weight AS w6
                            ON
                                w6.model_id = @model_id AND w6.factor_code = 'batch_age'
                                AND f.batch_age = w6.factor_value
                            LEFT JOIN core.scoring_weight AS w7
                            ON
                                w7.model_id = @model_id AND w7.factor_code = 'contacts'
                                AND f.contacts = w7.factor_value
                            LEFT JOIN core.scoring_weight AS w8
                            ON
                                w8.model_id = @model_id AND w8.factor_code = 'completeness'
                                AND f.completeness = w8.factor_value
                            LEFT JOIN core.scoring_weight AS w9
                            ON
                                w9.model_id = @model_id AND w9.factor_code = 'feedback'
                                AND f.feedback = w9.factor_value
                        )

                        INSERT core.lead_score (
                            lead_id, office_id, model_id, score, log_odds, scored_at, noga_section, noga_division,
                            size_category, region, partner, batch_age, contacts, completeness, feedback
                        )
                        SELECT -- noqa: ST06
                            s.lead_id,
                            @office_id AS office_id,
                            @model_id AS model_id,
                            CAST(ROUND(100.0 / (1.0 + EXP(-CAST(s.log_odds AS FLOAT))), 0) AS SMALLINT) AS score,
                            s.log_odds,
                            @now AS scored_at,
                            s.noga_section,
                            s.noga_division,
                            s.size_category,
                            s.region,
                            s.partner,
                            s.batch_age,
                            s.contacts,
                            s.completeness,
                            s.feedback
                        FROM summed AS s;

                        UPDATE core.scoring_model
                        SET rescored_at = @now
                        WHERE model_id = @model_id;
                    END;

                INSERT @result (office_id, model_id)
                VALUES (@office_id, @model_id);

                SELECT @office_id = MIN(o.office_id)
                FROM @office AS o
                WHERE o.office_id > @office_id;
            END;

        COMMIT TRANSACTION;

        EXEC core.routing_lock @mode = 'Release';
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": roll back our own transaction only.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;

        IF @has_lock = 1
            BEGIN
                EXEC core.routing_lock @mode = 'Release';
            END;

        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result: one row per office, in the order of the PostgreSQL twin
    ----------------------------------------------------------------------------
    SELECT -- noqa: ST06
        o.office_code,
        r.model_id,
        COALESCE(c.lead_count, 0) AS lead_count,
        c.average_score,
        CASE WHEN r.model_id IS NOT NULL THEN @now END AS scored_at
    FROM @result AS r
    INNER JOIN core.office AS o ON r.office_id = o.office_id
    OUTER APPLY (
        SELECT -- noqa: ST06
            COUNT(*) AS lead_count,
            CAST(ROUND(AVG(CAST(s.score AS DECIMAL(9, 2))), 2) AS DECIMAL(5, 2)) AS average_score
        FROM core.lead_score AS s
        WHERE
            s.office_id = r.office_id
            AND s.model_id = r.model_id
    ) AS c
    ORDER BY o.office_id;
END;
GO
