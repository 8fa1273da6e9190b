-- core.assignment_reason: why a representative got a lead (the one list:
-- core.lead_assignment.reason_code refers to it). claimed: the representative took
-- it (app.claim_next_lead); assigned: a manager gave an unassigned lead
-- (app.assign_lead); reassigned: a manager moved it from another representative,
-- the note saying why. Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.assignment_reason (
    code VARCHAR(20) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_assignment_reason PRIMARY KEY (code)
);

INSERT INTO core.assignment_reason (code, sort_order, label_de, label_fr, label_en)
VALUES
('claimed', 1, 'Selbst übernommen', 'Pris en charge', 'Claimed'),
('assigned', 2, 'Vom Manager zugewiesen', 'Attribué par le manager', 'Assigned by a manager'),
('reassigned', 3, 'Neu zugewiesen', 'Réattribué', 'Reassigned')
ON CONFLICT (code) DO NOTHING;
