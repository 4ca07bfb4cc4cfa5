-- Kolada's value for Riket (municipality "0000") is the national value that targets such as
-- "Bättre än riket" are judged against (src/domain/fulfilment/national.ts), for every measure linked
-- to the KPI. Judged trees are kept per plans.data_version (migration 0010), so a change to such a
-- value must bump the plans whose measures use the KPI. Statement-level, like 0010: one bump per
-- plan per statement however many values a fetch writes. Other municipalities' values judge nothing.
CREATE FUNCTION bump_plans_of_kolada_riket_rows() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE plans SET data_version = data_version + 1
   WHERE id IN (SELECT m.plan_id FROM measures m
                 WHERE m.kolada_kpi IN (SELECT kpi FROM changed WHERE municipality_id = '0000'));
  RETURN NULL;
END $$;

CREATE TRIGGER kolada_values_bump_insert AFTER INSERT ON kolada_values REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_kolada_riket_rows();
CREATE TRIGGER kolada_values_bump_update AFTER UPDATE ON kolada_values REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_kolada_riket_rows();
CREATE TRIGGER kolada_values_bump_delete AFTER DELETE ON kolada_values REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_kolada_riket_rows();
