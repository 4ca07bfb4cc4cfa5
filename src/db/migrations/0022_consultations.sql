-- Consultation rounds (høring / remiss, seed 003): a letter, the parts of a plan under consultation,
-- questions, the consulted parties with a link each (an invitation token, 0014), their answers in
-- versions, attachments, and the region's reading of them. Also each user's language for server
-- messages and documents (else the browser's Accept-Language).

ALTER TABLE users ADD COLUMN language text CHECK (language IN ('sv', 'da', 'en'));

CREATE TABLE consultations (
  id serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  plan_id integer REFERENCES plans(id) ON DELETE SET NULL,
  title text NOT NULL,
  letter text NOT NULL,
  deadline timestamptz NOT NULL,
  closed_at timestamptz,
  published_at timestamptz,
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultations_organisation ON consultations (organisation_id, id DESC);

CREATE TABLE consultation_questions (
  id serial PRIMARY KEY,
  consultation_id integer NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  position int NOT NULL,
  text text NOT NULL,
  sub_questions jsonb NOT NULL DEFAULT '[]',
  -- The region's summary of the answers, written after the deadline.
  summary text,
  UNIQUE (consultation_id, position)
);

-- The parts under consultation: a node of the plan (a spor) or a title of its own.
CREATE TABLE consultation_parts (
  id serial PRIMARY KEY,
  consultation_id integer NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  position int NOT NULL,
  node_id integer REFERENCES plan_nodes(id) ON DELETE SET NULL,
  title text NOT NULL,
  UNIQUE (consultation_id, position)
);

-- One consulted party (an organisation, with a contact) and its link.
CREATE TABLE consultation_invitations (
  id serial PRIMARY KEY,
  consultation_id integer NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  party text NOT NULL,
  email text NOT NULL,
  token_id bigint NOT NULL REFERENCES access_tokens(id),
  withdrawn_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultation_invitations_consultation ON consultation_invitations (consultation_id);

-- A party's answer in versions: one draft at a time; a submitted version is never changed, a change
-- after submitting is a new version.
CREATE TABLE consultation_responses (
  id serial PRIMARY KEY,
  invitation_id integer NOT NULL REFERENCES consultation_invitations(id) ON DELETE CASCADE,
  version int NOT NULL,
  respondent_name text NOT NULL,
  respondent_email text NOT NULL,
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (invitation_id, version)
);

CREATE TABLE consultation_answers (
  id serial PRIMARY KEY,
  response_id integer NOT NULL REFERENCES consultation_responses(id) ON DELETE CASCADE,
  question_id integer NOT NULL REFERENCES consultation_questions(id) ON DELETE CASCADE,
  part_id integer REFERENCES consultation_parts(id) ON DELETE CASCADE,
  stance text CHECK (stance IN ('supports', 'supports-with-changes', 'opposes', 'no-comment')),
  text text NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX consultation_answers_point ON consultation_answers (response_id, question_id, COALESCE(part_id, 0));

CREATE TABLE consultation_attachments (
  id serial PRIMARY KEY,
  response_id integer NOT NULL REFERENCES consultation_responses(id) ON DELETE CASCADE,
  file_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('pdf', 'docx')),
  size int NOT NULL,
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The region's reading of one point (a party's answer to a question, for a part): tags, its
-- response, and whether it led to a change in the plan, linked to the edit's audit entry.
CREATE TABLE consultation_reviews (
  id serial PRIMARY KEY,
  consultation_id integer NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  invitation_id integer NOT NULL REFERENCES consultation_invitations(id) ON DELETE CASCADE,
  question_id integer NOT NULL REFERENCES consultation_questions(id) ON DELETE CASCADE,
  part_id integer REFERENCES consultation_parts(id) ON DELETE CASCADE,
  tags jsonb NOT NULL DEFAULT '[]',
  response text NOT NULL DEFAULT '',
  led_to_change boolean NOT NULL DEFAULT false,
  change_audit_id bigint,
  change_description text,
  updated_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX consultation_reviews_point ON consultation_reviews (invitation_id, question_id, COALESCE(part_id, 0));
