-- Forecast and comment per measure and interim period (issue 12, item 6): at DÅ 04 and DÅ 08 the
-- measure's owner (or an editor) enters the full-year forecast (prognos, in the measure's unit)
-- and a comment. Versioned like values: a save made against an old version is refused (409).
CREATE TABLE measure_forecasts (
  measure_id integer NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  period text NOT NULL,
  -- NULL: a comment without a forecast (yet).
  forecast double precision,
  comment text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  entered_by integer REFERENCES users(id) ON DELETE SET NULL,
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (measure_id, period)
);

CREATE FUNCTION measure_forecasts_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER measure_forecasts_version BEFORE UPDATE ON measure_forecasts FOR EACH ROW EXECUTE FUNCTION measure_forecasts_bump_version();

-- The scorecard shows forecasts, and a scorecard is kept per plan data version (0010): a forecast
-- moves its plan's version like a value does, and is logged as a change of its measure (0020).
CREATE TRIGGER measure_forecasts_bump_insert AFTER INSERT ON measure_forecasts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();
CREATE TRIGGER measure_forecasts_bump_update AFTER UPDATE ON measure_forecasts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();
CREATE TRIGGER measure_forecasts_bump_delete AFTER DELETE ON measure_forecasts REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION bump_plans_of_measure_rows();

-- Reminder days per organisation (item 8); NULL: the installation's LEDSTJARNA_REMINDER_DAYS.
ALTER TABLE organisations ADD COLUMN reminder_days integer CHECK (reminder_days BETWEEN 0 AND 90);

-- A milestone's responsible person, who reports its status (item 9) like an activity's owner.
ALTER TABLE roadmap_milestones ADD COLUMN owner_user_id integer REFERENCES users(id) ON DELETE SET NULL;
