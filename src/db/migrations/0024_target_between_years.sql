-- How a plan judges the years between its target years (issue 12, item 3): against the next
-- target year's target ('next-target', what every plan did before) or against a straight line
-- between the targets around the year ('straight-line', for numeric targets of the same kind).
ALTER TABLE plans ADD COLUMN target_between_years text NOT NULL DEFAULT 'next-target'
  CHECK (target_between_years IN ('next-target', 'straight-line'));

-- Changing the choice changes every judged status between target years, so it moves the plan's
-- data version like any change to its data (migration 0010): kept scorecard trees are judged
-- again, in whatever process wrote the change. The version is not in plan_measure_changes
-- (0020), so the next tree is judged in full.
CREATE FUNCTION bump_plan_on_target_between_years() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  NEW.data_version := OLD.data_version + 1;
  RETURN NEW;
END $$;

CREATE TRIGGER plans_target_between_years_bump BEFORE UPDATE OF target_between_years ON plans
  FOR EACH ROW WHEN (OLD.target_between_years IS DISTINCT FROM NEW.target_between_years)
  EXECUTE FUNCTION bump_plan_on_target_between_years();
