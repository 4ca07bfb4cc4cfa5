-- A plan's data version. The server keeps each judged scorecard tree of a plan (2 000 measures
-- at national scale) until the plan's data changes, and this column says when it has: every
-- statement that changes the plan's nodes, measures, targets or values, or its organisation's
-- governance model, bumps it — whichever process runs the statement (the web server, the CLI
-- importer, the Kolada job), so no writer can forget to.
--
-- Statement-level triggers with transition tables: one bump per plan per statement, not per row,
-- so an import of a million values costs one UPDATE of the plan. (PostgreSQL allows a transition
-- table only on a trigger for one event, hence a trigger per event.) The functions keep the
-- search_path they were created with, so they find this schema's tables from any session.
ALTER TABLE plans ADD COLUMN data_version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION bump_plans_of_plan_rows() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE plans SET data_version = data_version + 1 WHERE id IN (SELECT plan_id FROM changed);
  RETURN NULL;
END $$;

-- An update of a node or measure may move it to another plan: both plans change.
CREATE FUNCTION bump_plans_of_updated_plan_rows() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE plans SET data_version = data_version + 1
   WHERE id IN (SELECT plan_id FROM changed UNION SELECT plan_id FROM before_change);
  RETURN NULL;
END $$;

CREATE FUNCTION bump_plans_of_measure_rows() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE plans SET data_version = data_version + 1
   WHERE id IN (SELECT m.plan_id FROM measures m WHERE m.id IN (SELECT measure_id FROM changed));
  RETURN NULL;
END $$;

CREATE FUNCTION bump_plans_of_organisation_rows() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE plans SET data_version = data_version + 1 WHERE organisation_id IN (SELECT id FROM changed);
  RETURN NULL;
END $$;

CREATE FUNCTION bump_plans_of_model_rows() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE plans SET data_version = data_version + 1
   WHERE organisation_id IN (SELECT o.id FROM organisations o WHERE o.governance_model_id IN (SELECT id FROM changed));
  RETURN NULL;
END $$;

-- Nodes and measures: the plan is on the row.
CREATE TRIGGER plan_nodes_bump_insert AFTER INSERT ON plan_nodes REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_plan_rows();
CREATE TRIGGER plan_nodes_bump_update AFTER UPDATE ON plan_nodes REFERENCING OLD TABLE AS before_change NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_updated_plan_rows();
CREATE TRIGGER plan_nodes_bump_delete AFTER DELETE ON plan_nodes REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_plan_rows();

CREATE TRIGGER measures_bump_insert AFTER INSERT ON measures REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_plan_rows();
CREATE TRIGGER measures_bump_update AFTER UPDATE ON measures REFERENCING OLD TABLE AS before_change NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_updated_plan_rows();
CREATE TRIGGER measures_bump_delete AFTER DELETE ON measures REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_plan_rows();

-- Targets and values hang on a measure. Their measure is part of their key and never updated,
-- so an update is seen after only (for values, the upsert of an import: one table of rows, not two).
CREATE TRIGGER measure_targets_bump_insert AFTER INSERT ON measure_targets REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();
CREATE TRIGGER measure_targets_bump_update AFTER UPDATE ON measure_targets REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();
CREATE TRIGGER measure_targets_bump_delete AFTER DELETE ON measure_targets REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();

CREATE TRIGGER measure_values_bump_insert AFTER INSERT ON measure_values REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();
CREATE TRIGGER measure_values_bump_update AFTER UPDATE ON measure_values REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();
CREATE TRIGGER measure_values_bump_delete AFTER DELETE ON measure_values REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();

-- The governance model (levels, measure kinds, roll-up rule) shapes every judged tree.
CREATE TRIGGER organisations_bump_update AFTER UPDATE ON organisations REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_organisation_rows();
CREATE TRIGGER governance_models_bump_update AFTER UPDATE ON governance_models REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_model_rows();
