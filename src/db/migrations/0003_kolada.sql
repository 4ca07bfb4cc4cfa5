-- Kolada: values fetched for any municipality, region or Riket (so that a measure can be
-- compared across all 21 regions without those regions being organisations here), and a
-- log of every fetch with its outcome and, when it failed, why.

-- Kept as Kolada sent them: these are the raw values credited "Källa: Kolada".
CREATE TABLE kolada_values (
  kpi text NOT NULL,
  -- Kolada ids are four digits with leading zeros ("0025"); a number would lose them.
  municipality_id text NOT NULL CHECK (municipality_id ~ '^[0-9]{4}$'),
  year integer NOT NULL,
  gender text NOT NULL CHECK (gender IN ('T', 'K', 'M')),
  -- NULL: Kolada lists the year and sex but has no value (missing, not 0).
  value double precision,
  fetched_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kpi, municipality_id, year, gender)
);

CREATE TABLE kolada_fetches (
  id serial PRIMARY KEY,
  measure_id integer REFERENCES measures(id) ON DELETE CASCADE,
  kpi text NOT NULL,
  municipality_ids text[] NOT NULL,
  years integer[] NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('manual', 'schedule')),
  outcome text NOT NULL CHECK (outcome IN ('ok', 'failed')),
  reason text NOT NULL DEFAULT '',
  stored_values integer NOT NULL DEFAULT 0,
  comparison_values integer NOT NULL DEFAULT 0,
  requested_by integer REFERENCES users(id) ON DELETE SET NULL,
  started_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kolada_fetches_measure_idx ON kolada_fetches (measure_id, id DESC);
