-- Sign-in (issue 13, "Trust"): one-time passwords expire, and a person can be deactivated.
-- A one-time password is good until this time; NULL for a password the person chose.
ALTER TABLE users ADD COLUMN one_time_password_expires_at timestamptz;
-- A deactivated person cannot sign in and has no sessions; their history stays.
ALTER TABLE users ADD COLUMN deactivated_at timestamptz;
-- One-time passwords handed out before this migration get the default week from now.
UPDATE users SET one_time_password_expires_at = now() + interval '7 days' WHERE must_change_password;
-- The name an organisation's admin typed when giving an existing account a role: their list
-- shows it, never the name the account has elsewhere (NULL: the account's own name).
ALTER TABLE memberships ADD COLUMN name text;
