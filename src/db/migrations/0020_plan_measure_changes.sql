-- Which measures a data version of a plan changed, when the change was to measures' values or
-- targets only. The server keeps each judged scorecard tree until the plan's data version moves
-- (migration 0010); with this log it judges again only the changed measures and the nodes above
-- them, when every version between the kept tree and the current one is logged here. A version
-- that is not (a node, a measure row, the governance model, a Kolada national value) still means
-- judging the whole plan again, as before.
--
-- The trigger function of 0010/0011 for values and targets bumps the plans of the changed measures
-- (and of measures continuing them in later plans) and now also logs, per bumped plan, the
-- measures of that plan in the line, at the version it bumped to. The plan's row lock orders
-- concurrent writers, so each (plan, version) is logged by one statement. Old entries are dropped
-- as new ones arrive: a server whose kept tree is older than the last 1 000 versions rebuilds it.
CREATE TABLE plan_measure_changes (
  plan_id bigint NOT NULL,
  data_version bigint NOT NULL,
  measure_id bigint NOT NULL,
  PRIMARY KEY (plan_id, data_version, measure_id)
);

CREATE OR REPLACE FUNCTION bump_plans_of_measure_rows() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  WITH RECURSIVE line(id, plan_id, depth) AS (
    SELECT m.id, m.plan_id, 0 FROM measures m WHERE m.id IN (SELECT measure_id FROM changed)
    UNION ALL
    SELECT s.id, s.plan_id, line.depth + 1 FROM measures s JOIN line ON s.predecessor_measure_id = line.id WHERE line.depth < 20),
  bumped AS (
    UPDATE plans SET data_version = data_version + 1
     WHERE id IN (SELECT plan_id FROM line)
    RETURNING id, data_version),
  logged AS (
    INSERT INTO plan_measure_changes (plan_id, data_version, measure_id)
    SELECT DISTINCT b.id, b.data_version, l.id FROM bumped b JOIN line l ON l.plan_id = b.id
    RETURNING plan_id, data_version)
  DELETE FROM plan_measure_changes c
   USING (SELECT DISTINCT plan_id, data_version FROM logged) n
   WHERE c.plan_id = n.plan_id AND c.data_version <= n.data_version - 1000;
  RETURN NULL;
END $$;
