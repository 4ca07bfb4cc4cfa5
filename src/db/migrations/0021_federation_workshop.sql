-- Regions together (issue 15): a federation of organisations with its own admins, model, glossary
-- and shared plan, and the strategy workshop that produces its draft shared plan.

-- The federation acts through an organisation of its own (the förbund's office): it owns the
-- federation's governance model and its shared plan, so the plan services, the scorecard and the
-- documents work for the shared plan unchanged. Its roles are not memberships: they are derived
-- from the federation roles below when a session is loaded (can.ts, federationOrganisationRole).
ALTER TABLE organisations ADD COLUMN kind text NOT NULL DEFAULT 'organisation' CHECK (kind IN ('organisation', 'federation'));
ALTER TABLE federations ADD COLUMN organisation_id integer REFERENCES organisations(id) ON DELETE CASCADE;
ALTER TABLE federations ADD COLUMN shared_plan_id integer REFERENCES plans(id) ON DELETE SET NULL;
ALTER TABLE federations ADD COLUMN created_by integer REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE federations ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- Member organisations (an organisation may be in more than one federation).
CREATE TABLE federation_members (
  federation_id integer NOT NULL REFERENCES federations(id) ON DELETE CASCADE,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  position integer NOT NULL,
  PRIMARY KEY (federation_id, organisation_id)
);
CREATE INDEX federation_members_org_idx ON federation_members (organisation_id);

-- The federation's admins. Everyone with a role in a member organisation is a federation member.
CREATE TABLE federation_admins (
  federation_id integer NOT NULL REFERENCES federations(id) ON DELETE CASCADE,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (federation_id, user_id)
);

-- Agreed terms: the federation's glossary, fed by the workshop's shared definitions.
CREATE TABLE federation_glossary (
  id serial PRIMARY KEY,
  federation_id integer NOT NULL REFERENCES federations(id) ON DELETE CASCADE,
  term text NOT NULL CHECK (term <> ''),
  definition text NOT NULL,
  source_card_id integer,
  agreed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (federation_id, term)
);

CREATE TABLE workshops (
  id serial PRIMARY KEY,
  federation_id integer NOT NULL REFERENCES federations(id) ON DELETE CASCADE,
  title text NOT NULL CHECK (title <> ''),
  -- The shared target picture (gemensam målbild), written during the workshop.
  target_picture text NOT NULL DEFAULT '',
  -- Prioritisation: dot voting (N dots each) or 100 points; votes are hidden until revealed.
  voting_mode text NOT NULL DEFAULT 'dots' CHECK (voting_mode IN ('dots', 'points')),
  dots_per_person integer NOT NULL DEFAULT 5 CHECK (dots_per_person BETWEEN 1 AND 50),
  votes_revealed boolean NOT NULL DEFAULT false,
  -- Silent writing: cards of an exercise (and perspective) are seen by their authors only until revealed. Keys 'exercise' or 'exercise/perspective'.
  revealed text[] NOT NULL DEFAULT '{}',
  timer_ends_at timestamptz,
  timer_label text NOT NULL DEFAULT '',
  draft_plan_id integer REFERENCES plans(id) ON DELETE SET NULL,
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX workshops_federation_idx ON workshops (federation_id);

-- The agenda, from seed 000's template: days, half-days and their work packages.
CREATE TABLE workshop_agenda (
  id serial PRIMARY KEY,
  workshop_id integer NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  day integer NOT NULL,
  half text NOT NULL CHECK (half IN ('am', 'pm')),
  position integer NOT NULL,
  title text NOT NULL,
  exercise text
);

-- Who takes part: a person with an account, or a guest joining by an invitation link (access_tokens, scope 'workshop-invitation').
CREATE TABLE workshop_participants (
  id serial PRIMARY KEY,
  workshop_id integer NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id integer REFERENCES users(id) ON DELETE CASCADE,
  name text NOT NULL,
  email text,
  token_id bigint REFERENCES access_tokens(id) ON DELETE SET NULL,
  facilitator boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX workshop_participants_user_key ON workshop_participants (workshop_id, user_id) WHERE user_id IS NOT NULL;

CREATE TABLE workshop_clusters (
  id serial PRIMARY KEY,
  workshop_id integer NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  exercise text NOT NULL,
  name text NOT NULL CHECK (name <> ''),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE workshop_cards (
  id serial PRIMARY KEY,
  workshop_id integer NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  exercise text NOT NULL CHECK (exercise IN ('definitions', 'conditions', 'brainstorm', 'swot', 'gap', 'activities')),
  organisation_id integer NOT NULL REFERENCES organisations(id),
  participant_id integer REFERENCES workshop_participants(id) ON DELETE SET NULL,
  text text NOT NULL CHECK (text <> ''),
  -- Definitions: the term the text defines.
  term text,
  quadrant text CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat')),
  -- Gap analysis: where the card stands, today or in the target picture.
  stage text CHECK (stage IN ('today', 'target')),
  perspective text,
  -- Activity hypothesis: who and when.
  who text,
  when_text text,
  cluster_id integer REFERENCES workshop_clusters(id) ON DELETE SET NULL,
  -- A client's own id for the card, so a resend after a dropped connection is not a second card.
  client_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((exercise = 'swot') = (quadrant IS NOT NULL)),
  UNIQUE (workshop_id, client_key)
);
CREATE INDEX workshop_cards_workshop_idx ON workshop_cards (workshop_id, id);

-- Each organisation's position on a proposed definition.
CREATE TABLE workshop_definition_positions (
  card_id integer NOT NULL REFERENCES workshop_cards(id) ON DELETE CASCADE,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  position text NOT NULL CHECK (position IN ('agree', 'disagree', 'comment')),
  comment text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (card_id, organisation_id)
);

-- A participant's dots or points on a card (replaced as a whole per participant).
CREATE TABLE workshop_votes (
  workshop_id integer NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  participant_id integer NOT NULL REFERENCES workshop_participants(id) ON DELETE CASCADE,
  card_id integer NOT NULL REFERENCES workshop_cards(id) ON DELETE CASCADE,
  points integer NOT NULL CHECK (points > 0),
  PRIMARY KEY (participant_id, card_id)
);

CREATE TABLE workshop_focus_areas (
  id serial PRIMARY KEY,
  workshop_id integer NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (name <> ''),
  position integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE workshop_focus_area_cards (
  focus_area_id integer NOT NULL REFERENCES workshop_focus_areas(id) ON DELETE CASCADE,
  card_id integer NOT NULL REFERENCES workshop_cards(id) ON DELETE CASCADE,
  PRIMARY KEY (focus_area_id, card_id)
);

-- Traceability of the draft shared plan: each goal and activity to the cards (and so the organisations) it came from.
CREATE TABLE workshop_plan_trace (
  workshop_id integer NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  object_type text NOT NULL CHECK (object_type IN ('node', 'activity')),
  object_id integer NOT NULL,
  card_id integer NOT NULL REFERENCES workshop_cards(id) ON DELETE CASCADE,
  PRIMARY KEY (object_type, object_id, card_id)
);
