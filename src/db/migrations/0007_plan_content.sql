-- The rest of the plan besides its tree of measures: the follow-up of the council's
-- assignments per reporting period, action plans (activities: who does what, how and when),
-- Agenda 2030 goals, advocacy issues, the organisation's divisions and the narrative chapters.

-- One status and comment per assignment and reporting period (period keys as in measure_values).
CREATE TABLE assignment_followups (
  assignment_id integer NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
  period text NOT NULL,
  status text NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'cancelled')),
  comment text NOT NULL DEFAULT '',
  updated_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assignment_id, period)
);

-- Action plan items. The responsible is a person with a role, a unit named in free text, or both.
CREATE TABLE activities (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  title text NOT NULL CHECK (title <> ''),
  -- "How": the action plan's description of the work.
  description text NOT NULL DEFAULT '',
  owner_user_id integer REFERENCES users(id) ON DELETE SET NULL,
  owner_unit text NOT NULL DEFAULT '',
  start_date date NOT NULL,
  end_date date NOT NULL,
  status text NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done', 'cancelled')),
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date >= start_date)
);
CREATE INDEX activities_plan_idx ON activities (plan_id, start_date);

-- The success factors or goals an activity serves (one or more).
CREATE TABLE activity_nodes (
  activity_id integer NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  node_id integer NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
  PRIMARY KEY (activity_id, node_id)
);
CREATE INDEX activity_nodes_node_idx ON activity_nodes (node_id);

-- The Agenda 2030 goals a plan names as its own (seed 001: eight goals in three dimensions).
CREATE TABLE plan_agenda_goals (
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  goal smallint NOT NULL CHECK (goal BETWEEN 1 AND 17),
  dimension text NOT NULL DEFAULT '',
  source_line integer,
  PRIMARY KEY (plan_id, goal)
);

-- Which Agenda 2030 goals a node of the plan contributes to.
CREATE TABLE node_agenda_goals (
  node_id integer NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
  goal smallint NOT NULL CHECK (goal BETWEEN 1 AND 17),
  PRIMARY KEY (node_id, goal)
);

-- Påverkansfrågor (seed 001, Bilaga 4). The arena is null where the document does not say
-- (the seed marked it by a cell colour that the text conversion lost).
CREATE TABLE advocacy_issues (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position integer NOT NULL,
  -- 'note': a remark in the table ("Se … plan för fler frågor"), kept so that nothing is lost.
  kind text NOT NULL DEFAULT 'issue' CHECK (kind IN ('issue', 'note')),
  area text NOT NULL DEFAULT '',
  text text NOT NULL,
  arena text CHECK (arena IN ('national', 'international')),
  -- Where the decision is made, as written: "Regeringen", "Nordiska ministerrådet/ EU".
  decision_maker text NOT NULL DEFAULT '',
  source_line integer
);
CREATE INDEX advocacy_issues_plan_idx ON advocacy_issues (plan_id, position);

-- The organisation's divisions and common units (seed 001, Bilaga 3).
CREATE TABLE organisation_units (
  id serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('division', 'common')),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  -- "ca 1 800 medarbetare": approximate, as the document gives it.
  staff_approx integer CHECK (staff_approx >= 0),
  position integer NOT NULL,
  source_plan_id integer REFERENCES plans(id) ON DELETE SET NULL,
  UNIQUE (organisation_id, name)
);

-- Narrative chapters. The body is restricted markup (paragraphs, headings, bullet lists,
-- bold/italic, links), parsed by src/domain/plan-content/rich-text.ts; never HTML.
CREATE TABLE plan_chapters (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL CHECK (title <> ''),
  body text NOT NULL DEFAULT '',
  source_line integer,
  updated_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_chapters_plan_idx ON plan_chapters (plan_id, position);
