-- This round's shared parts (design-round-2.md): one outbox for every mail, and one table of
-- invitation tokens for access without an account.

-- Every mail Ledstjärna sends, queued in the same transaction as what caused it and delivered by
-- whichever server claims it first. `dedupe_key` makes a reminder at most once, however many
-- servers or retries try (NULL: no deduplication).
CREATE TABLE mail_outbox (
  id bigserial PRIMARY KEY,
  organisation_id integer REFERENCES organisations(id) ON DELETE CASCADE,
  to_address text NOT NULL,
  to_name text,
  subject text NOT NULL,
  body_text text NOT NULL,
  -- Why it was sent, as a kind ('reminder', 'consultation-invitation', 'new-user', …) and a reference.
  why text NOT NULL,
  reference text,
  dedupe_key text,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'not-configured')),
  attempts int NOT NULL DEFAULT 0,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  claimed_at timestamptz,
  sent_at timestamptz
);
CREATE UNIQUE INDEX mail_outbox_dedupe ON mail_outbox (dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX mail_outbox_pending ON mail_outbox (id) WHERE status IN ('queued', 'failed');
CREATE INDEX mail_outbox_organisation ON mail_outbox (organisation_id, id DESC);

-- Invitation tokens: random, stored only as a SHA-256 hash, scoped to one object (a consultation
-- invitation, a workshop), expiring and revocable.
CREATE TABLE access_tokens (
  id bigserial PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  scope_type text NOT NULL,
  scope_id integer NOT NULL,
  label text,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE INDEX access_tokens_scope ON access_tokens (scope_type, scope_id);
