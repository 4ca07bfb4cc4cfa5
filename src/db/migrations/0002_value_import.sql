-- Values from files: an uploaded file is stored once, previewed with a mapping as often as
-- needed, then imported by a job whose progress the page polls. The CLI reads its file from
-- disk and stores no content.
CREATE TABLE value_imports (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  file_name text NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  -- The uploaded bytes; NULL for imports read from a file on disk (the CLI).
  content bytea,
  byte_size bigint NOT NULL,
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'uploaded'
    CHECK (status IN ('uploaded', 'previewed', 'running', 'rejected', 'done', 'failed')),
  phase text CHECK (phase IN ('reading', 'saving')),
  mapping jsonb,
  bytes_read bigint NOT NULL DEFAULT 0,
  rows_read bigint NOT NULL DEFAULT 0,
  -- The summary (counts, new and replaced) or the rejection report of the last run.
  result jsonb,
  finished_at timestamptz
);
CREATE INDEX value_imports_plan_idx ON value_imports (plan_id, created_at DESC);

-- The rows of a running import, before they are written to measure_values in one statement.
-- Unlogged: it is scratch space, emptied after every run, and need not survive a crash.
-- The unique index finds a file's duplicate rows while the file is read (ON CONFLICT DO
-- NOTHING), so that no set of keys has to be held in memory for a file of millions of rows.
CREATE UNLOGGED TABLE value_import_rows (
  import_id integer NOT NULL,
  line integer NOT NULL,
  measure_id integer NOT NULL,
  period text NOT NULL,
  sex text NOT NULL,
  age_band text NOT NULL,
  area text NOT NULL,
  value double precision NOT NULL
);
CREATE UNIQUE INDEX value_import_rows_key ON value_import_rows (import_id, measure_id, period, sex, age_band, area);
