-- Match keys beside every lead, however it was written (app.add_lead, the import,
-- routing, later edits): after each INSERT and UPDATE statement on core.lead the keys
-- of the new row versions are added to core.lead_match_key, set-based. Keys are never
-- removed, so a delivery also matches what a lead used to be (its history). An UPDATE
-- computes keys only for rows whose keyed columns changed (routing, assignment and
-- scoring change none, and a refresh few). An INSERT computes keys for new leads that
-- have none: the import writes a new lead's keys in the same statement.
-- The T-SQL twin is the trigger core.tr_lead_keep_match_keys.
CREATE OR REPLACE FUNCTION core.keep_match_keys()
RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    IF tg_op = 'INSERT' THEN
        -- A new lead whose keys the inserting statement wrote itself (app.import_batch,
        -- which computed them to match the row) is left as it is.
        INSERT INTO core.lead_match_key (key_hash, lead_id, key_kind)
        SELECT DISTINCT core.key_hash(k.kind_key), n.lead_id, split_part(k.kind_key, ':', 1)
        FROM new_lead AS n
        CROSS JOIN LATERAL unnest(core.match_keys(n.uid, n.company_name, n.plz, n.phone, n.email, n.website))
            AS k (kind_key)
        WHERE NOT EXISTS (SELECT 1 FROM core.lead_match_key AS m WHERE m.lead_id = n.lead_id)
        ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO core.lead_match_key (key_hash, lead_id, key_kind)
        SELECT DISTINCT core.key_hash(k.kind_key), n.lead_id, split_part(k.kind_key, ':', 1)
        FROM new_lead AS n
        INNER JOIN old_lead AS o ON n.lead_id = o.lead_id
        CROSS JOIN LATERAL unnest(core.match_keys(n.uid, n.company_name, n.plz, n.phone, n.email, n.website))
            AS k (kind_key)
        WHERE (n.uid, n.company_name, n.plz, n.phone, n.email, n.website)
            IS DISTINCT FROM (o.uid, o.company_name, o.plz, o.phone, o.email, o.website)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER keep_match_keys_insert AFTER INSERT ON core.lead
REFERENCING NEW TABLE AS new_lead
FOR EACH STATEMENT EXECUTE FUNCTION core.keep_match_keys();

CREATE OR REPLACE TRIGGER keep_match_keys_update AFTER UPDATE ON core.lead
REFERENCING OLD TABLE AS old_lead NEW TABLE AS new_lead
FOR EACH STATEMENT EXECUTE FUNCTION core.keep_match_keys();

-- Once, for a database deployed before match keys existed: the keys of every lead,
-- as the deploying superuser (row-level security is forced on the owner).
RESET ROLE;
DO $backfill$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.lead_match_key) THEN
        INSERT INTO core.lead_match_key (key_hash, lead_id, key_kind)
        SELECT DISTINCT core.key_hash(k.kind_key), l.lead_id, split_part(k.kind_key, ':', 1)
        FROM core.lead AS l
        CROSS JOIN LATERAL unnest(core.match_keys(l.uid, l.company_name, l.plz, l.phone, l.email, l.website))
            AS k (kind_key)
        ON CONFLICT DO NOTHING;
    END IF;
END
$backfill$;
SET ROLE leadbase_owner;
