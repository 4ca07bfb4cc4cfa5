-- Document extraction (issue 11): a plan document read into neutral blocks, kept until the user
-- has reviewed the proposal and created a draft plan; and the organisation's mapping profiles,
-- so next year's document of the same shape is read the same way.
CREATE TABLE document_extractions (
  id serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  file_name text NOT NULL,
  format text NOT NULL,
  blocks jsonb NOT NULL,
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- The draft plan made from it, once made.
  plan_id integer REFERENCES plans(id) ON DELETE SET NULL
);
CREATE INDEX document_extractions_organisation ON document_extractions (organisation_id);

CREATE TABLE extraction_profiles (
  id serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (name <> ''),
  mapping jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by integer REFERENCES users(id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, name)
);
