-- core.scoring_features: every lead of an office with its outcome and its value of
-- each factor of the learned score (core.scoring_factor). The one definition behind
-- app.refit_scoring_model (training) and app.rescore_leads (scoring).
-- outcome: 1 won or qualified; 0 lost, do_not_contact, or a latest feedback
-- not_interested; NULL otherwise (open). decided_at: the business time of the last
-- event that set one of those statuses. Values (never NULL, 'none' when missing):
--   noga_section  A..U from the NOGA division; noga_division the branche's first two digits;
--   size_category the size; region the canton, else 'plz' and the PLZ's first digit;
--   partner       the delivering partner's code ('none': entered by hand);
--   batch_age     days from delivery to the decision (open: to now): d0_30, d31_90,
--                 d91_180, d181_365, d366;
--   contacts      calls, e-mails, meetings before the decision (open: all): 0, 1, 2, 3+;
--   completeness  how many of phone, e-mail, website, UID, street: 0..5;
--   feedback      the latest feedback's reason.
-- Reads under the caller's row-level security (a SQL function: inlined into the caller).
-- T-SQL twin: db/functions/scoring_features.sql (inline table-valued function).
DROP FUNCTION IF EXISTS core.scoring_features;
CREATE FUNCTION core.scoring_features(p_office_id SMALLINT)
RETURNS TABLE (
    lead_id BIGINT,
    delivered_on DATE,
    outcome SMALLINT,
    noga_section VARCHAR(40),
    noga_division VARCHAR(40),
    size_category VARCHAR(40),
    region VARCHAR(40),
    partner VARCHAR(40),
    batch_age VARCHAR(40),
    contacts VARCHAR(40),
    completeness VARCHAR(40),
    feedback VARCHAR(40)
)
LANGUAGE sql
STABLE
AS $$
    WITH event_row AS (
        SELECT
            e.lead_id,
            e.event_at,
            t.is_contact,
            max(CASE WHEN e.new_status IN ('won', 'qualified', 'lost', 'do_not_contact') THEN e.event_at END)
                OVER (PARTITION BY e.lead_id) AS decided_at
        FROM core.lead_event AS e
        INNER JOIN core.event_type AS t ON e.event_type = t.code
        WHERE e.office_id = p_office_id
    ),

    event_lead AS (
        SELECT
            r.lead_id,
            max(r.decided_at) AS decided_at,
            count(*) FILTER (WHERE r.is_contact AND (r.decided_at IS NULL OR r.event_at < r.decided_at)) AS contacts
        FROM event_row AS r
        GROUP BY r.lead_id
    ),

    latest_feedback AS (
        SELECT DISTINCT ON (f.lead_id) f.lead_id, f.reason_code
        FROM core.lead_feedback AS f
        WHERE f.office_id = p_office_id
        ORDER BY f.lead_id, f.given_at DESC, f.feedback_id DESC
    ),

    lead_row AS (
        SELECT
            l.lead_id,
            (l.delivered_at AT TIME ZONE 'UTC')::date AS delivered_on,
            (CASE
                WHEN l.status IN ('won', 'qualified') THEN 1
                WHEN l.status IN ('lost', 'do_not_contact') OR f.reason_code = 'not_interested' THEN 0
            END)::smallint AS outcome,
            left(l.branche, 2) AS division,
            l.size_category,
            l.canton,
            l.plz,
            p.partner_code,
            (coalesce(ev.decided_at, now()) AT TIME ZONE 'UTC')::date - (l.delivered_at AT TIME ZONE 'UTC')::date
                AS age_days,
            coalesce(ev.contacts, 0) AS contacts,
            (CASE WHEN l.phone IS NULL THEN 0 ELSE 1 END) + (CASE WHEN l.email IS NULL THEN 0 ELSE 1 END)
            + (CASE WHEN l.website IS NULL THEN 0 ELSE 1 END) + (CASE WHEN l.uid IS NULL THEN 0 ELSE 1 END)
            + (CASE WHEN l.street IS NULL THEN 0 ELSE 1 END) AS completeness,
            f.reason_code
        FROM core.lead AS l
        LEFT JOIN event_lead AS ev ON l.lead_id = ev.lead_id
        LEFT JOIN latest_feedback AS f ON l.lead_id = f.lead_id
        LEFT JOIN core.import_batch AS b ON l.import_batch_id = b.batch_id
        LEFT JOIN core.partner AS p ON b.partner_id = p.partner_id
        WHERE l.office_id = p_office_id
    )

    SELECT
        r.lead_id,
        r.delivered_on,
        r.outcome,
        (CASE
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
        END)::varchar(40),
        coalesce(r.division, 'none')::varchar(40),
        coalesce(r.size_category, 'none')::varchar(40),
        coalesce(r.canton, 'plz' || left(r.plz::text, 1))::varchar(40),
        coalesce(r.partner_code, 'none')::varchar(40),
        (CASE
            WHEN r.age_days <= 30 THEN 'd0_30'
            WHEN r.age_days <= 90 THEN 'd31_90'
            WHEN r.age_days <= 180 THEN 'd91_180'
            WHEN r.age_days <= 365 THEN 'd181_365'
            ELSE 'd366'
        END)::varchar(40),
        (CASE WHEN r.contacts >= 3 THEN '3+' ELSE r.contacts::text END)::varchar(40),
        r.completeness::text::varchar(40),
        coalesce(r.reason_code, 'none')::varchar(40)
    FROM lead_row AS r;
$$;
