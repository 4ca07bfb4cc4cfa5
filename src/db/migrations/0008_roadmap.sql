-- The strategic map (seed 002): per organisation a roadmap with yearly versions; each version
-- holds its focus-area groups, focus areas, effect goals, milestones with tagged short-term
-- effects, and arrows. Follow-up (status per reporting period) hangs on the milestone's key,
-- which stays the same in every version, so a revision keeps its history.

CREATE TABLE roadmaps (
  id serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  title text NOT NULL,
  source_document text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX roadmaps_org_idx ON roadmaps (organisation_id);

CREATE TABLE roadmap_versions (
  id serial PRIMARY KEY,
  roadmap_id integer NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
  -- The year of the revision ("utvärderas och revideras årligen").
  year integer NOT NULL,
  based_on_version_id integer REFERENCES roadmap_versions(id) ON DELETE SET NULL,
  start_year integer NOT NULL,
  end_year integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (roadmap_id, year),
  CHECK (end_year >= start_year)
);

CREATE TABLE roadmap_groups (
  id serial PRIMARY KEY,
  version_id integer NOT NULL REFERENCES roadmap_versions(id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL
);

CREATE TABLE roadmap_focus_areas (
  id serial PRIMARY KEY,
  version_id integer NOT NULL REFERENCES roadmap_versions(id) ON DELETE CASCADE,
  group_id integer NOT NULL REFERENCES roadmap_groups(id) ON DELETE CASCADE,
  key text NOT NULL,
  position integer NOT NULL,
  name text NOT NULL,
  -- The focus area's long-term target picture (målbild), as written.
  target_picture text NOT NULL DEFAULT '',
  UNIQUE (version_id, key)
);

CREATE TABLE roadmap_goals (
  id serial PRIMARY KEY,
  version_id integer NOT NULL REFERENCES roadmap_versions(id) ON DELETE CASCADE,
  key text NOT NULL,
  position integer NOT NULL,
  name text NOT NULL,
  UNIQUE (version_id, key)
);

CREATE TABLE roadmap_milestones (
  id serial PRIMARY KEY,
  version_id integer NOT NULL REFERENCES roadmap_versions(id) ON DELETE CASCADE,
  focus_area_id integer NOT NULL REFERENCES roadmap_focus_areas(id) ON DELETE CASCADE,
  -- Stable across versions: next year's copy keeps the key, so versions can be compared.
  key text NOT NULL,
  position integer NOT NULL,
  title text NOT NULL,
  -- NULL: not yet scheduled ("Inväntar tidplan").
  year integer,
  tentative_year integer,
  description text NOT NULL DEFAULT '',
  criterion text NOT NULL DEFAULT '',
  source_line integer,
  UNIQUE (version_id, key)
);
CREATE INDEX roadmap_milestones_version_idx ON roadmap_milestones (version_id, focus_area_id, position);

CREATE TABLE roadmap_effects (
  id serial PRIMARY KEY,
  milestone_id integer NOT NULL REFERENCES roadmap_milestones(id) ON DELETE CASCADE,
  position integer NOT NULL,
  text text NOT NULL,
  tags text[] NOT NULL DEFAULT '{}' CHECK (tags <@ ARRAY['inv', 'sys', 'vsh']::text[])
);
CREATE INDEX roadmap_effects_milestone_idx ON roadmap_effects (milestone_id, position);

-- enables: solid arrow; leads-to: dashed arrow towards later milestones or goals.
CREATE TABLE roadmap_edges (
  id serial PRIMARY KEY,
  version_id integer NOT NULL REFERENCES roadmap_versions(id) ON DELETE CASCADE,
  from_milestone_id integer NOT NULL REFERENCES roadmap_milestones(id) ON DELETE CASCADE,
  to_milestone_id integer REFERENCES roadmap_milestones(id) ON DELETE CASCADE,
  to_goal_id integer REFERENCES roadmap_goals(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('enables', 'leads-to')),
  -- Why the arrow is there (for the seed's starting arrows: the sentence that justifies it).
  because text NOT NULL DEFAULT '',
  CHECK ((to_milestone_id IS NULL) <> (to_goal_id IS NULL))
);
CREATE UNIQUE INDEX roadmap_edges_unique ON roadmap_edges (from_milestone_id, coalesce(to_milestone_id, 0), coalesce(to_goal_id, 0));
CREATE INDEX roadmap_edges_version_idx ON roadmap_edges (version_id);

CREATE TABLE roadmap_status_reports (
  id serial PRIMARY KEY,
  roadmap_id integer NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
  milestone_key text NOT NULL,
  -- A reporting period key (2023-DÅ08, 2023 for the annual report).
  period text NOT NULL,
  status text NOT NULL CHECK (status IN ('planned', 'reached', 'late')),
  reached_on date,
  comment text NOT NULL DEFAULT '',
  reported_by integer REFERENCES users(id) ON DELETE SET NULL,
  reported_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (roadmap_id, milestone_key, period),
  CHECK (status <> 'reached' OR reached_on IS NOT NULL)
);

CREATE TABLE roadmap_links (
  id serial PRIMARY KEY,
  milestone_id integer NOT NULL REFERENCES roadmap_milestones(id) ON DELETE CASCADE,
  plan_node_id integer REFERENCES plan_nodes(id) ON DELETE CASCADE,
  measure_id integer REFERENCES measures(id) ON DELETE CASCADE,
  CHECK ((plan_node_id IS NULL) <> (measure_id IS NULL))
);
CREATE UNIQUE INDEX roadmap_links_unique ON roadmap_links (milestone_id, coalesce(plan_node_id, 0), coalesce(measure_id, 0));
