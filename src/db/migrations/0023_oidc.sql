-- Single sign-on (issue 13, item 4): OpenID Connect per organisation.
-- One provider per organisation, set by its admins. The client secret is never sent back to the UI.
CREATE TABLE organisation_oidc (
  organisation_id integer PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret text NOT NULL,
  -- Optional: the claim that names the organisation, and the value it must have (a provider
  -- shared by several organisations); NULL: every person the provider signs in belongs here.
  organisation_claim text,
  organisation_value text,
  -- The claim (a string or a list of strings) whose values give the role, and which values give
  -- which role: {"admin": ["ls-admin"], "editor": [...], "reporter": [...], "reader": [...]}.
  role_claim text,
  role_values jsonb NOT NULL DEFAULT '{}',
  -- The role of a person whose claims name none; NULL: such a person is refused.
  default_role text CHECK (default_role IN ('admin', 'editor', 'reporter', 'reader')),
  -- The levels of assurance (acr values) a role accepts: {"admin": ["loa3"]}; a role absent accepts any.
  role_acr jsonb NOT NULL DEFAULT '{}',
  -- false: the organisation's people sign in only through the provider.
  password_sign_in boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A person signed in through a provider: the provider's subject, not the e-mail address, finds them again.
CREATE TABLE oidc_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);

-- A sign-in under way: PKCE verifier and nonce, by the hash of its state; used once, good for 10 minutes.
CREATE TABLE oidc_flows (
  state_hash text PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
