-- The follow-up cycle: deadlines per reporting period and plan, a responsible person per goal
-- and success factor, and judgements (bedömningar) per node and period with their history.

-- A plan's own deadline for a period; periods without a row use the default (DÅ 04 mid-May,
-- DÅ 08 mid-September, ÅR mid-February the next year), computed by src/domain/followup.
CREATE TABLE followup_deadlines (
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  period text NOT NULL,
  deadline date NOT NULL,
  PRIMARY KEY (plan_id, period)
);

-- Who is responsible for following up a node (like measures.owner_user_id for a measure).
CREATE TABLE node_owners (
  node_id integer PRIMARY KEY REFERENCES plan_nodes(id) ON DELETE CASCADE,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE
);
CREATE INDEX node_owners_user_idx ON node_owners (user_id);

CREATE TABLE judgements (
  id serial PRIMARY KEY,
  node_id integer NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
  period text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  judgement text CHECK (judgement IN ('met', 'partly', 'not-met', 'not-assessed')),
  analysis text NOT NULL DEFAULT '',
  actions text NOT NULL DEFAULT '',
  -- The editor's comment when the judgement was last sent back to draft.
  return_comment text,
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_by integer REFERENCES users(id) ON DELETE SET NULL,
  submitted_at timestamptz,
  approved_by integer REFERENCES users(id) ON DELETE SET NULL,
  approved_at timestamptz,
  UNIQUE (node_id, period)
);

-- Every save and transition, kept so that who changed what and when can be shown.
CREATE TABLE judgement_events (
  id bigserial PRIMARY KEY,
  judgement_id integer NOT NULL REFERENCES judgements(id) ON DELETE CASCADE,
  action text NOT NULL CHECK (action IN ('save', 'submit', 'approve', 'return')),
  from_status text CHECK (from_status IN ('draft', 'submitted', 'approved')),
  to_status text NOT NULL CHECK (to_status IN ('draft', 'submitted', 'approved')),
  judgement text,
  comment text,
  actor_id integer REFERENCES users(id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX judgement_events_judgement_idx ON judgement_events (judgement_id, id);
