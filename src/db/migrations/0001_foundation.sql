-- Foundation: organisations sharing governance models, users and roles, plans as trees
-- of nodes on the model's levels, measures with targets, values with breakdowns, assignments.

CREATE TABLE governance_models (
  id serial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  template_key text,
  -- The whole GovernanceModel (levels, measure kinds, bodies, roll-up rule) as one document:
  -- it is read and written as a unit and validated by zod on the way in.
  definition jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A group of organisations that steer by one shared model (e.g. the four northern regions).
CREATE TABLE federations (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE
);

CREATE TABLE organisations (
  id serial PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  country text NOT NULL DEFAULT 'SE',
  default_lang text NOT NULL DEFAULT 'sv' CHECK (default_lang IN ('sv', 'da', 'en')),
  kolada_id text,
  governance_model_id integer NOT NULL REFERENCES governance_models(id),
  federation_id integer REFERENCES federations(id)
);

CREATE TABLE users (
  id serial PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL DEFAULT '',
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE memberships (
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'reporter', 'reader')),
  PRIMARY KEY (user_id, organisation_id)
);

CREATE TABLE sessions (
  -- SHA-256 of the token in the cookie: a leaked table does not leak sessions.
  id text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE plans (
  id serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  title text NOT NULL,
  start_year integer NOT NULL,
  end_year integer NOT NULL,
  vision text NOT NULL DEFAULT '',
  target_years integer[] NOT NULL DEFAULT '{}',
  owner_body text,
  -- The plan this one breaks down (the council's plan for a board's plan).
  parent_plan_id integer REFERENCES plans(id),
  source_document text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_year >= start_year)
);

CREATE TABLE plan_nodes (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  parent_id integer REFERENCES plan_nodes(id) ON DELETE CASCADE,
  level_key text NOT NULL,
  position integer NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  long_term_goals text NOT NULL DEFAULT '',
  bodies text[] NOT NULL DEFAULT '{}',
  -- The node of a higher plan that this node serves (plans cascade).
  serves_node_id integer REFERENCES plan_nodes(id),
  source_line integer
);
CREATE INDEX plan_nodes_plan_idx ON plan_nodes (plan_id, parent_id, position);

CREATE TABLE measures (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  node_id integer NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
  kind_key text NOT NULL,
  position integer NOT NULL,
  name text NOT NULL,
  definition text NOT NULL DEFAULT '',
  unit text,
  better_direction text CHECK (better_direction IN ('increase', 'decrease')),
  value_nature text NOT NULL DEFAULT 'flow' CHECK (value_nature IN ('flow', 'cumulative', 'state')),
  baseline_text text NOT NULL DEFAULT '',
  source text NOT NULL DEFAULT '',
  periods_text text NOT NULL DEFAULT '',
  reporting_periods text[] NOT NULL DEFAULT '{}',
  footnotes jsonb NOT NULL DEFAULT '[]',
  owner_user_id integer REFERENCES users(id) ON DELETE SET NULL,
  kolada_kpi text,
  source_line integer
);
CREATE INDEX measures_node_idx ON measures (node_id, position);
CREATE INDEX measures_plan_idx ON measures (plan_id);

-- Targets are kept as written; their meaning is parsed on read by the pure target parser,
-- so an improved parser never leaves stale interpretations behind.
CREATE TABLE measure_targets (
  measure_id integer NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  year integer NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (measure_id, year)
);

CREATE TABLE measure_values (
  id bigserial PRIMARY KEY,
  measure_id integer NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  period text NOT NULL,
  sex text NOT NULL DEFAULT 'T' CHECK (sex IN ('K', 'M', 'T')),
  -- Empty string, not NULL, means "all ages" / "whole area" so that the unique key holds.
  age_band text NOT NULL DEFAULT '',
  area text NOT NULL DEFAULT '',
  value double precision NOT NULL,
  status text NOT NULL DEFAULT 'preliminary' CHECK (status IN ('preliminary', 'final')),
  source text,
  entered_by integer REFERENCES users(id) ON DELETE SET NULL,
  entered_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (measure_id, period, sex, age_band, area)
);

CREATE TABLE assignments (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position integer NOT NULL,
  text text NOT NULL,
  bodies text[] NOT NULL DEFAULT '{}',
  source_line integer
);
CREATE INDEX assignments_plan_idx ON assignments (plan_id, position);
