/*
core.rank_next_leads(@user_id, @office_id, @max_rows): a representative's next best
leads, ranked by expected value. The one ranking behind app.next_best_leads and
app.claim_next_lead.

Candidates: the office's leads whose status is open (core.lead_status.is_open), with
no current assignment, and none of these:
    no_advertising (UWG star entry: never proposed for a cold call; customers, won,
        are final and never candidates anyway);
    suppressed (a key the lead ever had, core.lead_match_key, is in core.suppression
        and not expired; probed from the index (lead_id, key_hash));
    inside the do-not-contact window of its status (core.contact_window, the
        office's rule else the global one; counted from the last call/e-mail/meeting,
        else the delivery, as the import counts it);
    inside the window its latest feedback opened (core.feedback_reason's
        window_status_code: already a customer -> the won window, never; not
        interested -> the lost window; closed down -> do_not_contact), counted from
        when the feedback was given.
The pool is the office's 200 best-scored candidates, one walk of an index
(office_id, score DESC, lead_id DESC): core.lead_score's (the learned score) once the
office was rescored (a core.scoring_model with rescored_at; every lead of the office
then has a row), else core.lead's (the initial score); within it, expected value = score * success * aging:
    success: per factor (NOGA division, size category, canton), the representative's
        smoothed rate of positive outcomes (won, qualified) among the leads they were
        assigned, (mine_positive + 5 * office_rate) / (mine + 5), relative to the
        office's rate (positive + 1) / (outcomes + 2); segments with fewer than 20
        office outcomes count as 1, so a factor never mirrors a few colleagues' leads.
        The product of the three is kept within 0.50..2.00. The counts are read from
        core.success_rate (kept by core.refresh_success_rates), a few rows per call.
    aging: uncontacted leads (new, assigned) rise with their business age (days since
        delivered_at, the partner's delivery), 1 + 0.5 * min(age, 90) / 90.
The score is the learned one (core.lead_score) in a rescored office, else core.lead.score.
Factor values compare byte-wise (Latin1_General_100_BIN2) whatever the columns'
collations, as on PostgreSQL. Factors are rounded to two decimals, so both engines rank identically.
reasons: 'score 55; branche 62: you 3 of 4 (x1.40); waiting 45 days (x1.25)'
(the representative's own counts only).
Locks: the pool reads WITH (READPAST), so a ranking never waits for a claim or an
assignment in progress; the lead being taken is simply not a candidate (callers
must run in READ COMMITTED, the default, or REPEATABLE READ).

Result: rank_no INT, lead_id BIGINT, score SMALLINT, age_days INT,
success_factor DECIMAL(4,2), aging_factor DECIMAL(4,2), expected_value DECIMAL(9,2),
reasons NVARCHAR(500); best first.
An inline table-valued function: row-level security applies to what it reads.
PostgreSQL twin: db/postgres/functions/rank_next_leads.sql.
Example:
    SELECT r.* FROM core.rank_next_leads(7, 1, 10) AS r ORDER BY r.rank_no;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.rank_next_leads(
    @user_id INT,
    @office_id SMALLINT,
    @max_rows INT
)
RETURNS TABLE
AS
RETURN
WITH office_window AS (
    -- The office's do-not-contact window per status (its own rule, else the global one).
    SELECT
        cw.status_code,
        cw.window_months
    FROM core.contact_window AS cw
    WHERE
        cw.office_id = @office_id
        OR (
            cw.office_id IS NULL
            AND NOT EXISTS (
                SELECT 1
                FROM core.contact_window AS o
                WHERE
                    o.office_id = @office_id
                    AND o.status_code = cw.status_code
            )
        )
),

pool AS (
    SELECT TOP (200)
        l.lead_id,
        src.score,
        l.status,
        DATEDIFF(DAY, l.delivered_at, SYSUTCDATETIME()) AS age_days,
        CAST(LEFT(l.branche, 2) AS VARCHAR(10)) COLLATE Latin1_General_100_BIN2 AS division,  -- noqa: CP02
        CAST(l.size_category AS VARCHAR(10)) COLLATE Latin1_General_100_BIN2 AS size_category,  -- noqa: CP02
        CAST(l.canton AS VARCHAR(10)) COLLATE Latin1_General_100_BIN2 AS canton  -- noqa: CP02
    FROM (
        -- One of the two walks runs (the other's start-up filter is false).
        SELECT
            ls.lead_id,
            ls.score
        FROM core.lead_score AS ls WITH (READPAST)
        WHERE
            ls.office_id = @office_id
            AND EXISTS (
                SELECT 1
                FROM core.scoring_model AS m
                WHERE m.office_id = @office_id AND m.rescored_at IS NOT NULL
            )
        UNION ALL
        SELECT
            i.lead_id,
            i.score
        FROM core.lead AS i WITH (READPAST)
        WHERE
            i.office_id = @office_id
            AND NOT EXISTS (
                SELECT 1
                FROM core.scoring_model AS m
                WHERE m.office_id = @office_id AND m.rescored_at IS NOT NULL
            )
    ) AS src
    INNER JOIN core.lead AS l WITH (READPAST) ON src.lead_id = l.lead_id
    INNER JOIN core.lead_status AS s ON l.status = s.code
    WHERE
        l.office_id = @office_id
        AND s.is_open = 1
        -- UWG: a star entry is never proposed for a cold call.
        AND l.no_advertising = 0
        AND NOT EXISTS (
            SELECT 1
            FROM core.lead_assignment AS a WITH (READPAST)
            WHERE
                a.lead_id = l.lead_id
                AND a.assigned_until IS NULL
        )
        -- Suppressed: any key the lead ever had is on the suppression list, not expired.
        AND NOT EXISTS (
            SELECT 1
            FROM core.lead_match_key AS m
            INNER JOIN core.suppression AS x ON m.key_hash = x.key_hash
            WHERE
                m.lead_id = l.lead_id
                AND (x.until_date IS NULL OR x.until_date > CAST(SYSUTCDATETIME() AS DATE))
        )
        -- Inside the do-not-contact window of its status, counted from the last
        -- call/e-mail/meeting or else the delivery (as the import counts it).
        AND NOT EXISTS (
            SELECT 1
            FROM office_window AS w
            WHERE
                w.status_code = l.status
                AND (
                    w.window_months IS NULL
                    OR DATEADD(
                        MONTH,
                        w.window_months,
                        COALESCE(
                            (
                                SELECT MAX(e.event_at)
                                FROM core.lead_event AS e
                                INNER JOIN core.event_type AS t ON e.event_type = t.code
                                WHERE
                                    e.lead_id = l.lead_id
                                    AND t.is_contact = 1
                            ),
                            l.delivered_at
                        )
                    ) > SYSUTCDATETIME()
                )
        )
        -- The latest feedback opens its reason's window, counted from when it was
        -- given (core.feedback_reason: already_customer, not_interested, closed_down).
        AND NOT EXISTS (
            SELECT 1
            FROM (
                SELECT TOP (1)
                    f.reason_code,
                    f.given_at
                FROM core.lead_feedback AS f
                WHERE f.lead_id = l.lead_id
                ORDER BY f.given_at DESC, f.feedback_id DESC
            ) AS lf
            INNER JOIN core.feedback_reason AS r ON lf.reason_code = r.code
            INNER JOIN office_window AS w ON r.window_status_code = w.status_code
            WHERE w.window_months IS NULL OR DATEADD(MONTH, w.window_months, lf.given_at) > SYSUTCDATETIME()
        )
    ORDER BY src.score DESC, src.lead_id DESC
),

pool_value AS (
    SELECT DISTINCT
        f.factor,
        f.value
    FROM pool AS p
    CROSS APPLY (
        VALUES
        ('branche', p.division),
        ('size', p.size_category),
        ('canton', p.canton)
    ) AS f(factor, value)
    WHERE f.value IS NOT NULL
),

rate AS (
    -- The office's and the caller's counts, kept by core.refresh_success_rates.
    SELECT
        v.factor,
        v.value,
        o.outcome_count AS outcomes,
        m.outcome_count AS mine_outcomes,
        COALESCE(m.outcome_count, 0) AS mine,
        COALESCE(m.positive_count, 0) AS mine_positive,
        (o.positive_count + 1.0) / (o.outcome_count + 2.0) AS office_rate
    FROM pool_value AS v
    INNER JOIN core.success_rate AS o
    ON
        o.office_id = @office_id
        AND o.user_id = 0
        AND v.factor = o.factor
        AND v.value = o.factor_value
    LEFT JOIN core.success_rate AS m
    ON
        m.office_id = @office_id
        AND m.user_id = @user_id
        AND v.factor = m.factor
        AND v.value = m.factor_value
),

ratio AS (
    SELECT
        r.factor,
        r.value,
        r.mine,
        r.mine_positive,
        CAST(ROUND(
            CASE
                WHEN r.outcomes < 20 OR r.mine_outcomes IS NULL THEN 1.0
                ELSE ((r.mine_positive + 5.0 * r.office_rate) / (r.mine + 5.0)) / r.office_rate
            END,
            2
        ) AS DECIMAL(9, 2)) AS factor_value
    FROM rate AS r
),

scored AS (
    SELECT -- noqa: ST06
        p.lead_id,
        p.score,
        p.age_days,
        ROUND(
            COALESCE(rb.factor_value, 1.0) * COALESCE(rs.factor_value, 1.0) * COALESCE(rc.factor_value, 1.0), 2
        ) AS success_product,
        CAST(
            CASE
                WHEN p.status IN ('new', 'assigned')
                    THEN ROUND(1.0 + 0.5 * (CASE WHEN p.age_days > 90 THEN 90 ELSE p.age_days END) / 90.0, 2)
                ELSE 1.00
            END AS DECIMAL(4, 2)
        ) AS aging_factor,
        CONCAT_WS(
            N'; ',
            CONCAT(N'score ', p.score),
            CASE
                WHEN rb.mine > 0
                    THEN CONCAT(
                        N'branche ', rb.value, N': you ', rb.mine_positive, N' of ', rb.mine,
                        N' (x', CAST(rb.factor_value AS DECIMAL(4, 2)), N')'
                    )
            END,
            CASE
                WHEN rs.mine > 0
                    THEN CONCAT(
                        N'size ', rs.value, N': you ', rs.mine_positive, N' of ', rs.mine,
                        N' (x', CAST(rs.factor_value AS DECIMAL(4, 2)), N')'
                    )
            END,
            CASE
                WHEN rc.mine > 0
                    THEN CONCAT(
                        N'canton ', rc.value, N': you ', rc.mine_positive, N' of ', rc.mine,
                        N' (x', CAST(rc.factor_value AS DECIMAL(4, 2)), N')'
                    )
            END
        ) AS factor_reasons
    FROM pool AS p
    LEFT JOIN ratio AS rb
    ON
        rb.factor = 'branche'
        AND p.division = rb.value
    LEFT JOIN ratio AS rs
    ON
        rs.factor = 'size'
        AND p.size_category = rs.value
    LEFT JOIN ratio AS rc
    ON
        rc.factor = 'canton'
        AND p.canton = rc.value
),

bounded AS (
    SELECT
        s.lead_id,
        s.score,
        s.age_days,
        s.aging_factor,
        s.factor_reasons,
        CAST(
            CASE
                WHEN s.success_product > 2.00 THEN 2.00
                WHEN s.success_product < 0.50 THEN 0.50
                ELSE s.success_product
            END AS DECIMAL(4, 2)
        ) AS success_factor
    FROM scored AS s
),

valued AS (
    SELECT
        b.lead_id,
        b.score,
        b.age_days,
        b.success_factor,
        b.aging_factor,
        b.factor_reasons,
        CAST(ROUND(b.score * b.success_factor * b.aging_factor, 2) AS DECIMAL(9, 2)) AS expected_value
    FROM bounded AS b
)

-- Columns in the order of the PostgreSQL twin.
SELECT TOP (@max_rows) -- noqa: ST06
    ROW_NUMBER() OVER (ORDER BY v.expected_value DESC, v.score DESC, v.lead_id DESC) AS rank_no,
    v.lead_id,
    v.score,
    v.age_days,
    v.success_factor,
    v.aging_factor,
    v.expected_value,
    CAST(
        CONCAT(
            v.factor_reasons,
            CASE
                WHEN v.aging_factor > 1.00
                    THEN CONCAT(N'; waiting ', v.age_days, N' days (x', v.aging_factor, N')')
                ELSE N''
            END
        ) AS NVARCHAR(500)
    ) AS reasons
FROM valued AS v
ORDER BY v.expected_value DESC, v.score DESC, v.lead_id DESC;
GO
