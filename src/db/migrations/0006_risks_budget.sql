-- Risk assessments of success factors (seed 001, Bilaga 5) and budget frames as tables.

-- From which risk value (consequence × probability) action is needed; a plan without a row
-- uses the seed's rule, 1–8 no special action and 9–16 action needed.
CREATE TABLE risk_thresholds (
  plan_id integer PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
  action_from integer NOT NULL CHECK (action_from BETWEEN 2 AND 16)
);

CREATE TABLE risk_assessments (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  -- The plan success factor assessed: confirmed, or proposed and awaiting a person's
  -- confirmation; NULL when the source name matched none.
  node_id integer REFERENCES plan_nodes(id) ON DELETE SET NULL,
  match_status text NOT NULL CHECK (match_status IN ('confirmed', 'needs-confirmation', 'unmatched')),
  match_score double precision,
  year integer NOT NULL,
  position integer NOT NULL,
  -- "Nr" in the source table (the seed skips 5); NULL for assessments made in Ledstjärna.
  source_number integer,
  -- As the source writes them: its success-factor name may differ from the plan's.
  success_factor_text text NOT NULL DEFAULT '',
  perspective_text text NOT NULL DEFAULT '',
  goal_text text NOT NULL DEFAULT '',
  what_could_happen text NOT NULL DEFAULT '',
  consequence_text text NOT NULL DEFAULT '',
  consequence integer NOT NULL CHECK (consequence BETWEEN 1 AND 4),
  probability integer NOT NULL CHECK (probability BETWEEN 1 AND 4),
  -- True when the source gave only consequence and risk, and the probability was risk / consequence.
  probability_inferred boolean NOT NULL DEFAULT false,
  risk integer GENERATED ALWAYS AS (consequence * probability) STORED,
  cause text NOT NULL DEFAULT '',
  action text NOT NULL DEFAULT '',
  control_method text NOT NULL DEFAULT '',
  follow_up jsonb NOT NULL DEFAULT '[]',
  source_line integer,
  updated_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_assessments_plan_idx ON risk_assessments (plan_id, year, position);
CREATE INDEX risk_assessments_node_idx ON risk_assessments (node_id, year);

-- A budget table is read and written as a unit with its columns; rows are edited one by one.
CREATE TABLE budget_tables (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL,
  unit text NOT NULL DEFAULT '',
  -- The year the title names ("Ekonomisk ram 2022"); NULL when the columns are years.
  year integer,
  label_header text NOT NULL DEFAULT '',
  -- [{ label, year, kind: 'amount' | 'total', notes: [text] }]
  columns jsonb NOT NULL,
  source_line integer
);
CREATE INDEX budget_tables_plan_idx ON budget_tables (plan_id, position);

CREATE TABLE budget_rows (
  id serial PRIMARY KEY,
  table_id integer NOT NULL REFERENCES budget_tables(id) ON DELETE CASCADE,
  position integer NOT NULL,
  label text NOT NULL,
  -- A total row states the sum of the lines above it; the stated value is kept, the sum computed.
  kind text NOT NULL CHECK (kind IN ('line', 'total')),
  sign integer NOT NULL DEFAULT 1 CHECK (sign IN (1, -1)),
  -- One per column, null for an empty cell.
  amounts jsonb NOT NULL,
  source_line integer,
  updated_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX budget_rows_table_idx ON budget_rows (table_id, position);
