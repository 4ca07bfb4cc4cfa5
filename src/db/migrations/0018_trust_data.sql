-- Issue 13, "Trust": nothing lost, every change on record.

-- An import cut off by a stop or a crash is marked interrupted when the server starts, instead of
-- showing "running" forever. `runner` names the process running it (host:pid), `heartbeat_at` when
-- it last reported progress, so that a server on PostgreSQL marks only imports whose process is gone.
ALTER TABLE value_imports DROP CONSTRAINT value_imports_status_check;
ALTER TABLE value_imports ADD CONSTRAINT value_imports_status_check
  CHECK (status IN ('uploaded', 'previewed', 'running', 'rejected', 'done', 'failed', 'interrupted'));
ALTER TABLE value_imports ADD COLUMN runner text;
ALTER TABLE value_imports ADD COLUMN heartbeat_at timestamptz;

-- One confirmed risk assessment per success factor and year. Parallel creations passed the
-- service's check together and stored duplicates; now the database refuses the second (409).
-- Duplicates stored before this migration are kept, the later ones awaiting a person's confirmation.
UPDATE risk_assessments r SET match_status = 'needs-confirmation'
 WHERE match_status = 'confirmed' AND node_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM risk_assessments o
                WHERE o.node_id = r.node_id AND o.year = r.year AND o.match_status = 'confirmed' AND o.id < r.id);
CREATE UNIQUE INDEX risk_assessments_confirmed_once ON risk_assessments (node_id, year) WHERE match_status = 'confirmed';

-- The audit log is hash-chained: each entry carries the hash of the one before it (in `seq` order)
-- and its own hash over its content and that one. Removing or changing an entry (which the
-- append-only trigger refuses, but a superuser could force) breaks the chain where it happened.
ALTER TABLE audit_log ADD COLUMN seq bigint;
ALTER TABLE audit_log ADD COLUMN prev_hash text;
ALTER TABLE audit_log ADD COLUMN hash text;

CREATE FUNCTION audit_entry_hash(e audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
    e.seq::text, COALESCE(e.prev_hash, ''), (extract(epoch FROM e.at) * 1000000)::bigint::text,
    COALESCE(e.actor_user_id::text, ''), COALESCE(e.organisation_id::text, ''), COALESCE(e.plan_id::text, ''),
    e.object_type, e.object_id::text, e.action, COALESCE(e.before::text, ''), COALESCE(e.after::text, '')), 'UTF8')), 'hex')
$$;

-- Entries already written are chained in the order they were made.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
DO $$
DECLARE
  e audit_log;
  n bigint := 0;
  prev text := NULL;
BEGIN
  FOR e IN SELECT * FROM audit_log ORDER BY id LOOP
    n := n + 1;
    e.seq := n;
    e.prev_hash := prev;
    prev := audit_entry_hash(e);
    UPDATE audit_log SET seq = n, prev_hash = e.prev_hash, hash = prev WHERE id = e.id;
  END LOOP;
END $$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
CREATE UNIQUE INDEX audit_log_seq_idx ON audit_log (seq);

-- A new entry takes the next place in the chain. The transaction-scoped lock makes writers take
-- their places one after another, so two entries never claim the same predecessor.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  last audit_log;
BEGIN
  PERFORM pg_advisory_xact_lock(4712);
  SELECT * INTO last FROM audit_log ORDER BY seq DESC NULLS LAST LIMIT 1;
  NEW.seq := COALESCE(last.seq, 0) + 1;
  NEW.prev_hash := last.hash;
  NEW.hash := audit_entry_hash(NEW);
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- Stale edits of a chapter are refused (409) like those of plan content: a chapter carries the
-- version each save was made against.
ALTER TABLE plan_chapters ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;

-- A value carries a version too: a person who saw version 2 (0: no value) and saves is refused
-- if someone (a person, an import, Kolada) changed it since. Bumped by a trigger, so every writer counts.
ALTER TABLE measure_values ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;
CREATE FUNCTION measure_values_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER measure_values_version BEFORE UPDATE ON measure_values FOR EACH ROW EXECUTE FUNCTION measure_values_bump_version();
