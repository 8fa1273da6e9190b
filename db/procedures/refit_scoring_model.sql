/*
app.refit_scoring_model: learn a new version of the score of each of the caller's
offices from that office's own outcomes (core.scoring_model, core.scoring_weight).

Callers: admins (DBAs, a scheduled job acting as one). The new version scores leads
once app.rescore_leads has run; until then the office's leads keep their scores.
The model (naive Bayes in log-odds, db/CONTRACT.md "The learned score"): training
leads are the office's leads delivered within the window that have an outcome
(core.scoring_features: positive won, qualified; negative lost, do_not_contact, a
latest feedback not_interested), except the held-out ones ((lead_id * 7919) % 100
below @holdout_percent). prior = logit(p0), p0 = (positives + 1) / (outcomes + 2).
For each value of each factor: rate = (positives + 10 * parent) / (outcomes + 10) and
weight = logit(rate) - logit(parent), where parent is p0, or for a NOGA division the
rate of its section (a rare value stays near its parent). All weights are then
multiplied by the scale (0.20-1.00) with the lowest log-loss on the training leads.
Quality: ROC AUC and log-loss of prior + sum of weights on the held-out leads (on
the training leads when none are held out).
Parameters:
    @office_code      VARCHAR(20)  NULL = every office of the caller
    @trained_from     DATE         NULL = since the first delivery (business date)
    @trained_to       DATE         NULL = today (UTC)
    @holdout_percent  INT          default 20; 0-50
Result (one row per office): office_code, model_id (NULL: no model, the office needs
    at least one positive and one negative training lead), trained_from, trained_to,
    positive_count, negative_count, holdout_count, prior_log_odds DECIMAL(9,4),
    scale DECIMAL(4,2), quality_basis, auc DECIMAL(5,4), log_loss DECIMAL(9,4), fitted_at
Errors:
    50400  every invalid parameter, joined with '; ' (holdout_percent, trained_from);
           office_code naming no office of the caller (another office's code answers
           like an unknown one)
    50401  'No active user is signed in.'
    50403  'Only admins may refit the scoring model.'
PostgreSQL twin: db/postgres/procedures/refit_scoring_model.sql.
Example:
    EXEC app.refit_scoring_model @office_code = 'luzern', @trained_from = '2025-01-01';
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE app.refit_scoring_model
    @office_code VARCHAR(20) = NULL,
    @trained_from DATE = NULL,
    @trained_to DATE = NULL,
    @holdout_percent INT = 20
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @trancount INT = @@TRANCOUNT;
    DECLARE @caller_id INT;
    DECLARE @caller_role VARCHAR(20);
    DECLARE @problems NVARCHAR(2000) = N'';
    DECLARE @to DATE = COALESCE(@trained_to, CAST(SYSUTCDATETIME() AS DATE));
    DECLARE @office_id SMALLINT;
    DECLARE @positive INT;
    DECLARE @negative INT;
    DECLARE @holdout INT;
    DECLARE @p0 FLOAT;
    DECLARE @prior DECIMAL(9, 4);
    DECLARE @model_id BIGINT;
    DECLARE @scale DECIMAL(4, 2);
    DECLARE @basis VARCHAR(10);
    DECLARE @auc FLOAT;
    DECLARE @log_loss FLOAT;
    DECLARE @office TABLE (office_id SMALLINT NOT NULL PRIMARY KEY);
    DECLARE @result TABLE (
        office_id SMALLINT NOT NULL PRIMARY KEY,
        model_id BIGINT NULL,
        positive_count INT NOT NULL,
        negative_count INT NOT NULL,
        holdout_count INT NOT NULL
    );

    ----------------------------------------------------------------------------
    -- Check the parameters
    ----------------------------------------------------------------------------
    IF @holdout_percent IS NULL OR @holdout_percent NOT BETWEEN 0 AND 50
        BEGIN
            SET @problems = CONCAT(
                @problems,
                N'; The value for the parameter holdout_percent is not supported. It must be between 0 and 50.'
            );
        END;

    IF @trained_from > @to
        BEGIN
            SET @problems = CONCAT(
                @problems,
                N'; The value for the parameter trained_from is not supported. It must not be after trained_to.'
            );
        END;

    IF @problems <> N''
        BEGIN
            SET @problems = STUFF(@problems, 1, 2, N'');
            THROW 50400, @problems, 1;
        END;

    ----------------------------------------------------------------------------
    -- Who is calling; only the caller's offices exist here
    ----------------------------------------------------------------------------
    EXEC security.require_caller
        @allowed_roles = 'admin',
        @forbidden_message = N'Only admins may refit the scoring model.',
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

    CREATE TABLE #sample (
        lead_id BIGINT NOT NULL,
        is_holdout BIT NOT NULL,
        outcome SMALLINT NOT NULL,
        factor_code VARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
        factor_value VARCHAR(40) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
        PRIMARY KEY (lead_id, factor_code)
    );

    BEGIN TRY
        BEGIN TRANSACTION;

        SELECT @office_id = MIN(o.office_id)
        FROM @office AS o;

        WHILE @office_id IS NOT NULL
            BEGIN
                TRUNCATE TABLE #sample;

                INSERT #sample (lead_id, is_holdout, outcome, factor_code, factor_value)
                SELECT
                    f.lead_id,
                    CASE WHEN (f.lead_id * 7919) % 100 < @holdout_percent THEN 1 ELSE 0 END AS is_holdout,
                    f.outcome,
                    v.factor_code,
                    v.factor_value
                FROM core.scoring_features(@office_id) AS f
                CROSS APPLY (
                    VALUES
                    ('noga_section', f.noga_section),
                    ('noga_division', f.noga_division),
                    ('size', f.size_category),
                    ('region', f.region),
                    ('partner', f.partner),
                    ('batch_age', f.batch_age),
                    ('contacts', f.contacts),
                    ('completeness', f.completeness),
                    ('feedback', f.feedback)
                ) AS v(factor_code, factor_value)
                WHERE
                    f.outcome IS NOT NULL
                    AND f.delivered_on <= @to
                    AND (@trained_from IS NULL OR f.delivered_on >= @trained_from);

                -- One 'size' row per lead: the lead counts.
                SELECT
                    @positive = COALESCE(SUM(CASE WHEN s.is_holdout = 0 AND s.outcome = 1 THEN 1 ELSE 0 END), 0),
                    @negative = COALESCE(SUM(CASE WHEN s.is_holdout = 0 AND s.outcome = 0 THEN 1 ELSE 0 END), 0),
                    @holdout = COALESCE(SUM(CASE WHEN s.is_holdout = 1 THEN 1 ELSE 0 END), 0)
                FROM #sample AS s
                WHERE s.factor_code = 'size';

                SET @model_id = NULL;

                IF @positive > 0 AND @negative > 0
                    BEGIN
                        SET @p0 = (@positive + 1.0) / (@positive + @negative + 2.0);
                        SET @prior = ROUND(LOG(@p0 / (1.0 - @p0)), 4);
                        SET @basis = CASE WHEN @holdout > 0 THEN 'holdout' ELSE 'training' END;

                        INSERT core.scoring_model (
                            office_id, trained_from, trained_to, holdout_percent, fitted_at, fitted_by,
                            positive_count, negative_count, holdout_count, prior_log_odds, scale, quality_basis
                        )
                        VALUES (
                            @office_id, @trained_from, @to, @holdout_percent, SYSUTCDATETIME(), @caller_id,
                            @positive, @negative, @holdout, @prior, 1.00, @basis
                        );

                        SET @model_id = SCOPE_IDENTITY();

                        -- Smoothed rates, each value shrunk towards its parent (10 pseudo-leads).
                        WITH value_count AS (
                            SELECT
                                s.factor_code,
                                s.factor_value,
                                SUM(CASE WHEN s.outcome = 1 THEN 1 ELSE 0 END) AS positives,
                                SUM(CASE WHEN s.outcome = 0 THEN 1 ELSE 0 END) AS negatives
                            FROM #sample AS s
                            WHERE s.is_holdout = 0
                            GROUP BY s.factor_code, s.factor_value
                        ),

                        section_rate AS (
                            SELECT
                                c.factor_value AS section,
                                (c.positives + 10.0 * @p0) / (c.positives + c.negatives + 10.0) AS rate
                            FROM value_count AS c
                            WHERE c.factor_code = 'noga_section'
                        ),

                        division_section AS (
                            SELECT DISTINCT
                                d.factor_value AS division,
                                s.factor_value AS section
                            FROM #sample AS d
                            INNER JOIN #sample AS s ON d.lead_id = s.lead_id AND s.factor_code = 'noga_section'
                            WHERE d.factor_code = 'noga_division' AND d.is_holdout = 0
                        ),

                        parent AS (
                            SELECT
                                c.factor_code,
                                c.factor_value,
                                c.positives,
                                c.negatives,
                                CAST(COALESCE(r.rate, @p0) AS FLOAT) AS parent_rate
                            FROM value_count AS c
                            LEFT JOIN division_section AS ds
                            ON c.factor_code = 'noga_division' AND c.factor_value = ds.division
                            LEFT JOIN section_rate AS r ON ds.section = r.section
                        ),

                        rated AS (
                            SELECT
                                p.factor_code,
                                p.factor_value,
                                p.positives,
                                p.negatives,
                                p.parent_rate,
                                (p.positives + 10.0 * p.parent_rate) / (p.positives + p.negatives + 10.0) AS rate
                            FROM parent AS p
                        )

                        INSERT core.scoring_weight (
                            model_id, office_id, factor_code, factor_value, positive_count, negative_count, weight
                        )
                        SELECT
                            @model_id AS model_id,
                            @office_id AS office_id,
                            r.factor_code,
                            r.factor_value,
                            r.positives,
                            r.negatives,
                            ROUND(
                                LOG(r.rate / (1.0 - r.rate)) - LOG(r.parent_rate / (1.0 - r.parent_rate)), 4
                            ) AS weight
                        FROM rated AS r;

                        -- The scale with the lowest log-loss on the training leads.
                        WITH lead_sum AS (
                            SELECT -- noqa: ST06
                                s.lead_id,
                                MIN(s.outcome) AS outcome,
                                CAST(SUM(w.weight) AS FLOAT) AS weight_sum
                            FROM #sample AS s
                            INNER JOIN core.scoring_weight AS w
                            ON
                                w.model_id = @model_id
                                AND s.factor_code = w.factor_code
                                AND s.factor_value = w.factor_value
                            WHERE s.is_holdout = 0
                            GROUP BY s.lead_id
                        ),

                        grid AS (
                            SELECT CAST(g.step / 20.0 AS DECIMAL(4, 2)) AS scale
                            FROM (
                                VALUES (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17),
                                (18), (19), (20)
                            ) AS g(step)
                        ),

                        loss AS (
                            SELECT
                                g.scale,
                                AVG(
                                    CASE
                                        WHEN l.outcome = 1
                                            THEN LOG(1.0 + EXP(-(@prior + g.scale * l.weight_sum)))
                                        ELSE LOG(1.0 + EXP(@prior + g.scale * l.weight_sum))
                                    END
                                ) AS log_loss
                            FROM grid AS g
                            CROSS JOIN lead_sum AS l
                            GROUP BY g.scale
                        )

                        SELECT TOP (1) @scale = l.scale
                        FROM loss AS l
                        ORDER BY ROUND(l.log_loss, 6), l.scale DESC;

                        UPDATE core.scoring_weight
                        SET weight = ROUND(weight * @scale, 4)
                        WHERE model_id = @model_id;

                        -- Quality: AUC (ties count half) and log-loss of the stored weights.
                        WITH lead_logit AS (
                            SELECT
                                s.lead_id,
                                MIN(s.outcome) AS outcome,
                                ROUND(@prior + COALESCE(SUM(w.weight), 0), 4) AS logit
                            FROM #sample AS s
                            LEFT JOIN core.scoring_weight AS w
                            ON
                                w.model_id = @model_id
                                AND s.factor_code = w.factor_code
                                AND s.factor_value = w.factor_value
                            WHERE s.is_holdout = CASE WHEN @basis = 'holdout' THEN 1 ELSE 0 END
                            GROUP BY s.lead_id
                        ),

                        logit_group AS (
                            SELECT
                                l.logit,
                                CAST(SUM(CASE WHEN l.outcome = 1 THEN 1 ELSE 0 END) AS FLOAT) AS positives,
                                CAST(SUM(CASE WHEN l.outcome = 0 THEN 1 ELSE 0 END) AS FLOAT) AS negatives
                            FROM lead_logit AS l
                            GROUP BY l.logit
                        ),

                        ranked AS (
                            SELECT
                                g.positives,
                                g.negatives,
                                COALESCE(SUM(g.negatives) OVER (
                                    ORDER BY g.logit ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
                                ), 0) AS negatives_below
                            FROM logit_group AS g
                        )

                        SELECT
                            @auc = CASE
                                WHEN SUM(r.positives) > 0 AND SUM(r.negatives) > 0
                                    THEN
                                        SUM(r.positives * (r.negatives_below + 0.5 * r.negatives))
                                        / (SUM(r.positives) * SUM(r.negatives))
                            END
                        FROM ranked AS r;

                        SELECT
                            @log_loss = AVG(
                                CASE
                                    WHEN l.outcome = 1 THEN LOG(1.0 + EXP(-CAST(l.logit AS FLOAT)))
                                    ELSE LOG(1.0 + EXP(CAST(l.logit AS FLOAT)))
                                END
                            )
                        FROM (
                            SELECT
                                s.lead_id,
                                MIN(s.outcome) AS outcome,
                                ROUND(@prior + COALESCE(SUM(w.weight), 0), 4) AS logit
                            FROM #sample AS s
                            LEFT JOIN core.scoring_weight AS w
                            ON
                                w.model_id = @model_id
                                AND s.factor_code = w.factor_code
                                AND s.factor_value = w.factor_value
                            WHERE s.is_holdout = CASE WHEN @basis = 'holdout' THEN 1 ELSE 0 END
                            GROUP BY s.lead_id
                        ) AS l;

                        UPDATE core.scoring_model
                        SET
                            scale = @scale,
                            auc = ROUND(@auc, 4),
                            log_loss = ROUND(@log_loss, 4)
                        WHERE model_id = @model_id;
                    END;

                INSERT @result (office_id, model_id, positive_count, negative_count, holdout_count)
                VALUES (@office_id, @model_id, @positive, @negative, @holdout);

                SELECT @office_id = MIN(o.office_id)
                FROM @office AS o
                WHERE o.office_id > @office_id;
            END;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        -- db/CONTRACT.md, "Transactions": roll back our own transaction only.
        IF @trancount = 0 AND XACT_STATE() <> 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH;

    ----------------------------------------------------------------------------
    -- The result: one row per office, in the order of the PostgreSQL twin
    ----------------------------------------------------------------------------
    SELECT -- noqa: ST06
        o.office_code,
        r.model_id,
        COALESCE(m.trained_from, @trained_from) AS trained_from,
        COALESCE(m.trained_to, @to) AS trained_to,
        r.positive_count,
        r.negative_count,
        r.holdout_count,
        m.prior_log_odds,
        m.scale,
        m.quality_basis,
        m.auc,
        m.log_loss,
        m.fitted_at
    FROM @result AS r
    INNER JOIN core.office AS o ON r.office_id = o.office_id
    LEFT JOIN core.scoring_model AS m ON r.model_id = m.model_id
    ORDER BY o.office_id;
END;
GO
