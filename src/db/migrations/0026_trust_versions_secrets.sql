-- Issue 13, "Trust" (continued): stale edits of risks and budget lines, where a sign-in returns to.

-- A risk assessment and a budget line carry the version each save was made against, like
-- chapters: a save made against an older one is refused (409) naming who changed what.
-- Bumped by a trigger, so every writer (a person, an import, a confirmed match) counts.
ALTER TABLE risk_assessments ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;
ALTER TABLE budget_rows ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1;
CREATE FUNCTION bump_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER risk_assessments_version BEFORE UPDATE ON risk_assessments FOR EACH ROW EXECUTE FUNCTION bump_row_version();
-- Moving a line (its position, when another is added above it) is not a change of its content.
CREATE TRIGGER budget_rows_version BEFORE UPDATE OF label, kind, sign, amounts ON budget_rows FOR EACH ROW EXECUTE FUNCTION bump_row_version();

-- The page a single sign-on returns to (a same-site path, checked before it is stored).
ALTER TABLE oidc_flows ADD COLUMN IF NOT EXISTS next_path text;

-- Kolada never overwrites a value a person entered; a person chooses which one holds. "Keep mine"
-- is remembered with both values, so the same difference is not asked again — a new Kolada value,
-- or a new entered one, for that period is. ("Use Kolada's" makes the value Kolada's.)
CREATE TABLE kolada_choices (
  measure_id integer NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  period text NOT NULL,
  sex text NOT NULL CHECK (sex IN ('K', 'M', 'T')),
  kolada_value double precision NOT NULL,
  entered_value double precision NOT NULL,
  decided_by integer REFERENCES users(id) ON DELETE SET NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (measure_id, period, sex)
);
