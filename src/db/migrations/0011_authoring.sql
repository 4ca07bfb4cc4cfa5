-- Plan authoring: plans are written and revised in Ledstjärna, by every region.
--
-- * Every row a person edits carries a `version`, bumped by each change: an edit sends the
--   version it was made against and a stale one is refused (409), never silently overwritten.
-- * Plans are drafts until decided; a decided plan's tree, measure names and targets change
--   only through a revision, and each decision keeps a snapshot of the plan as decided, so
--   any two versions compare.
-- * Nodes and measures keep a lineage across revisions and copies to the next plan period
--   (`lineage_id`, NULL = the row's own id; `predecessor_*` = the row it was copied from), so
--   series continue and versions compare.
-- * Every change is written to an append-only audit log in the same transaction.

ALTER TABLE users ADD COLUMN installation_admin boolean NOT NULL DEFAULT false;
-- The installation's first administrator creates organisations.
UPDATE users SET installation_admin = true WHERE id = (SELECT min(id) FROM users);

ALTER TABLE organisations ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE organisations ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- A model is changed only by its owner's admins, whoever else uses it.
ALTER TABLE governance_models ADD COLUMN owner_organisation_id integer REFERENCES organisations(id) ON DELETE SET NULL;
ALTER TABLE governance_models ADD COLUMN version integer NOT NULL DEFAULT 1;
UPDATE governance_models g SET owner_organisation_id = (SELECT min(o.id) FROM organisations o WHERE o.governance_model_id = g.id);

ALTER TABLE plans ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE plans ADD COLUMN status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'decided', 'revision'));
-- 0 for the plan as first decided, 1, 2 … for each revision.
ALTER TABLE plans ADD COLUMN revision integer NOT NULL DEFAULT 0;
ALTER TABLE plans ADD COLUMN copy_of_plan_id integer REFERENCES plans(id) ON DELETE SET NULL;
-- Plans that existed before authoring were loaded from decided documents.
UPDATE plans SET status = 'decided';
ALTER TABLE plans DROP CONSTRAINT plans_parent_plan_id_fkey;
ALTER TABLE plans ADD CONSTRAINT plans_parent_plan_id_fkey FOREIGN KEY (parent_plan_id) REFERENCES plans(id) ON DELETE SET NULL;

-- Each decision of a plan: the original (number 0) and every revision, with the plan as decided.
CREATE TABLE plan_versions (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  number integer NOT NULL,
  decided_body text NOT NULL,
  decided_on date,
  decision_ref text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  -- A PlanSnapshot (src/domain/plan-tree/snapshot.ts): nodes, measures and targets as decided.
  snapshot jsonb NOT NULL,
  decided_by integer REFERENCES users(id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, number)
);

ALTER TABLE plan_nodes ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE plan_nodes ADD COLUMN lineage_id integer;
ALTER TABLE plan_nodes ADD COLUMN predecessor_node_id integer REFERENCES plan_nodes(id) ON DELETE SET NULL;
-- A node served by nodes of lower plans may still be deleted: the links are dropped (and restored with it).
ALTER TABLE plan_nodes DROP CONSTRAINT plan_nodes_serves_node_id_fkey;
ALTER TABLE plan_nodes ADD CONSTRAINT plan_nodes_serves_node_id_fkey FOREIGN KEY (serves_node_id) REFERENCES plan_nodes(id) ON DELETE SET NULL;
CREATE INDEX plan_nodes_serves_idx ON plan_nodes (serves_node_id) WHERE serves_node_id IS NOT NULL;

ALTER TABLE measures ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE measures ADD COLUMN lineage_id integer;
ALTER TABLE measures ADD COLUMN predecessor_measure_id integer REFERENCES measures(id) ON DELETE SET NULL;
ALTER TABLE measures ADD COLUMN method text NOT NULL DEFAULT '';
-- { sex: boolean, ageBands: string[], areas: string[] }: the breakdowns the measure is reported in.
ALTER TABLE measures ADD COLUMN breakdowns jsonb NOT NULL DEFAULT '{}';
CREATE INDEX measures_predecessor_idx ON measures (predecessor_measure_id) WHERE predecessor_measure_id IS NOT NULL;

-- A target copied from the previous plan for a year outside this plan's years: to be revised.
ALTER TABLE measure_targets ADD COLUMN needs_revision boolean NOT NULL DEFAULT false;

-- What a deletion took with it, so that it can be undone: the rows of every table that hung on
-- the deleted nodes or measures, as JSON per table.
CREATE TABLE plan_deletions (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  object_type text NOT NULL CHECK (object_type IN ('node', 'measure')),
  object_id integer NOT NULL,
  rows jsonb NOT NULL,
  impact jsonb NOT NULL,
  deleted_by integer REFERENCES users(id) ON DELETE SET NULL,
  deleted_at timestamptz NOT NULL DEFAULT now(),
  restored_at timestamptz
);

-- Append-only: who changed what, when, from what to what. No foreign keys, so an entry
-- outlives the person, the organisation and the object it speaks of.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id integer,
  organisation_id integer,
  plan_id integer,
  object_type text NOT NULL,
  object_id integer NOT NULL,
  action text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id, id);
CREATE INDEX audit_log_organisation_idx ON audit_log (organisation_id, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- A copied measure's series continues from its predecessor's values (plans/series.ts), so a
-- value of the earlier measure also changes every later plan that continues it.
CREATE OR REPLACE FUNCTION bump_plans_of_measure_rows() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE plans SET data_version = data_version + 1
   WHERE id IN (
     WITH RECURSIVE line(id, plan_id, depth) AS (
       SELECT m.id, m.plan_id, 0 FROM measures m WHERE m.id IN (SELECT measure_id FROM changed)
       UNION ALL
       SELECT s.id, s.plan_id, line.depth + 1 FROM measures s JOIN line ON s.predecessor_measure_id = line.id WHERE line.depth < 20)
     SELECT plan_id FROM line);
  RETURN NULL;
END $$;
