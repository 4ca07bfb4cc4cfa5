-- The public portal (issue 13): a plan an organisation chose to publish, with the follow-up
-- periods it chose. No row: not published, and every public route answers 404.
CREATE TABLE plan_publications (
  plan_id integer PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
  periods text[] NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by integer REFERENCES users(id) ON DELETE SET NULL
);

-- Problems with accessibility reported from the public accessibility statement (DOS-lagen).
CREATE TABLE accessibility_reports (
  id serial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  page text NOT NULL,
  description text NOT NULL,
  contact text,
  handled_at timestamptz
);
