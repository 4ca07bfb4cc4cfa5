-- Equality analysis: when a gap between women and men, areas or age bands is flagged, per plan.
-- A plan without a row uses the defaults in src/domain/equality/thresholds.ts (10 %, no absolute rule).
CREATE TABLE equality_thresholds (
  plan_id integer PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
  -- The higher value at least this share above the lower: 0.1 = 10 %.
  relative_gap double precision NOT NULL CHECK (relative_gap >= 0 AND relative_gap <= 10),
  -- For measures in percent: a gap of at least this many percentage points; NULL = not used.
  absolute_points double precision CHECK (absolute_points IS NULL OR absolute_points >= 0),
  updated_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The equality view and the area comparison read a plan's breakdown values; this keeps them
-- from scanning the whole-population rows.
CREATE INDEX measure_values_breakdown_idx ON measure_values (measure_id, period) WHERE age_band <> '' OR area <> '';
