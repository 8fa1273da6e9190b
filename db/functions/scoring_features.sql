/*
core.scoring_features(@office_id): every lead of an office with its outcome and its
value of each factor of the learned score (core.scoring_factor). The one definition
behind app.refit_scoring_model (training) and app.rescore_leads (scoring).

outcome: 1 won or qualified; 0 lost, do_not_contact, or a latest feedback
not_interested; NULL otherwise (open). decided_at: the business time of the last
event that set one of those statuses. Values (never NULL, 'none' when missing):
    noga_section   A..U from the NOGA division; noga_division the branche's first two digits;
    size_category  the size; region the canton, else 'plz' and the PLZ's first digit;
    partner        the delivering partner's code ('none': entered by hand);
    batch_age      days from delivery to the decision (open: to now): d0_30, d31_90,
                   d91_180, d181_365, d366;
    contacts       calls, e-mails, meetings before the decision (open: all): 0, 1, 2, 3+;
    completeness   how many of phone, e-mail, website, UID, street: 0..5;
    feedback       the latest feedback's reason.
Values compare byte-wise (Latin1_General_100_BIN2), as on PostgreSQL.
Days count whole UTC dates, as PostgreSQL's date difference does.
An inline table-valued function: row-level security applies to what it reads.
PostgreSQL twin: db/postgres/functions/scoring_features.sql.
Example:
    SELECT f.* FROM core.scoring_features(1) AS f;
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION core.scoring_features(@office_id SMALLINT)
RETURNS TABLE
AS
RETURN
WITH event_row AS (
    SELECT
        e.lead_id,
        e.event_at,
        t.is_contact,
        MAX(
            CASE WHEN e.new_status IN ('won', 'qualified', 'lost', 'do_not_contact') THEN e.event_at END
        ) OVER (PARTITION BY e.lead_id) AS decided_at
    FROM core.lead_event AS e
    INNER JOIN core.event_type AS t ON e.event_type = t.code
    WHERE e.office_id = @office_id
),

event_lead AS (
    SELECT
        r.lead_id,
        MAX(r.decided_at) AS decided_at,
        SUM(
            CASE WHEN r.is_contact = 1 AND (r.decided_at IS NULL OR r.event_at < r.decided_at) THEN 1 ELSE 0 END
        ) AS contacts
    FROM event_row AS r
    GROUP BY r.lead_id
),

feedback_row AS (
    SELECT
        f.lead_id,
        f.reason_code,
        ROW_NUMBER() OVER (PARTITION BY f.lead_id ORDER BY f.given_at DESC, f.feedback_id DESC) AS row_no
    FROM core.lead_feedback AS f
    WHERE f.office_id = @office_id
),

lead_row AS (
    SELECT
        l.lead_id,
        l.size_category,
        l.canton,
        l.plz,
        p.partner_code,
        f.reason_code,
        CAST(l.delivered_at AS DATE) AS delivered_on,
        CASE
            WHEN l.status IN ('won', 'qualified') THEN 1
            WHEN l.status IN ('lost', 'do_not_contact') OR f.reason_code = 'not_interested' THEN 0
        END AS outcome,
        LEFT(l.branche, 2) AS division,
        DATEDIFF(DAY, l.delivered_at, COALESCE(ev.decided_at, SYSUTCDATETIME())) AS age_days,
        COALESCE(ev.contacts, 0) AS contacts,
        (CASE WHEN l.phone IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN l.email IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN l.website IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN l.uid IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN l.street IS NULL THEN 0 ELSE 1 END) AS completeness
    FROM core.lead AS l
    LEFT JOIN event_lead AS ev ON l.lead_id = ev.lead_id
    LEFT JOIN feedback_row AS f ON l.lead_id = f.lead_id AND f.row_no = 1
    LEFT JOIN core.import_batch AS b ON l.import_batch_id = b.batch_id
    LEFT JOIN core.partner AS p ON b.partner_id = p.partner_id
    WHERE l.office_id = @office_id
)

SELECT
    r.lead_id,
    r.delivered_on,
    CAST(r.outcome AS SMALLINT) AS outcome,
    CAST(
        CASE
            WHEN r.division IS NULL THEN 'none'
            WHEN r.division <= '03' THEN 'A'
            WHEN r.division <= '09' THEN 'B'
            WHEN r.division <= '33' THEN 'C'
            WHEN r.division <= '35' THEN 'D'
            WHEN r.division <= '39' THEN 'E'
            WHEN r.division <= '43' THEN 'F'
            WHEN r.division <= '47' THEN 'G'
            WHEN r.division <= '53' THEN 'H'
            WHEN r.division <= '56' THEN 'I'
            WHEN r.division <= '63' THEN 'J'
            WHEN r.division <= '66' THEN 'K'
            WHEN r.division <= '68' THEN 'L'
            WHEN r.division <= '75' THEN 'M'
            WHEN r.division <= '82' THEN 'N'
            WHEN r.division <= '84' THEN 'O'
            WHEN r.division <= '85' THEN 'P'
            WHEN r.division <= '88' THEN 'Q'
            WHEN r.division <= '93' THEN 'R'
            WHEN r.division <= '96' THEN 'S'
            WHEN r.division <= '98' THEN 'T'
            ELSE 'U'
        END AS VARCHAR(40)
    ) COLLATE Latin1_General_100_BIN2 AS noga_section,  -- noqa: CP02
    CAST(COALESCE(r.division, 'none') AS VARCHAR(40)) COLLATE Latin1_General_100_BIN2 AS noga_division,  -- noqa: CP02
    CAST(
        COALESCE(r.size_category, 'none') AS VARCHAR(40)
    ) COLLATE Latin1_General_100_BIN2 AS size_category,  -- noqa: CP02
    CAST(
        COALESCE(r.canton, CONCAT('plz', LEFT(CAST(r.plz AS VARCHAR(4)), 1))) AS VARCHAR(40)
    ) COLLATE Latin1_General_100_BIN2 AS region,  -- noqa: CP02
    CAST(COALESCE(r.partner_code, 'none') AS VARCHAR(40)) COLLATE Latin1_General_100_BIN2 AS partner,  -- noqa: CP02
    CAST(
        CASE
            WHEN r.age_days <= 30 THEN 'd0_30'
            WHEN r.age_days <= 90 THEN 'd31_90'
            WHEN r.age_days <= 180 THEN 'd91_180'
            WHEN r.age_days <= 365 THEN 'd181_365'
            ELSE 'd366'
        END AS VARCHAR(40)
    ) COLLATE Latin1_General_100_BIN2 AS batch_age,  -- noqa: CP02
    CAST(
        CASE WHEN r.contacts >= 3 THEN '3+' ELSE CAST(r.contacts AS VARCHAR(1)) END AS VARCHAR(40)
    ) COLLATE Latin1_General_100_BIN2 AS contacts,  -- noqa: CP02
    CAST(
        CAST(r.completeness AS VARCHAR(1)) AS VARCHAR(40)
    ) COLLATE Latin1_General_100_BIN2 AS completeness,  -- noqa: CP02
    CAST(COALESCE(r.reason_code, 'none') AS VARCHAR(40)) COLLATE Latin1_General_100_BIN2 AS feedback  -- noqa: CP02
FROM lead_row AS r;
GO
