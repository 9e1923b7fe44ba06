/**
 * The console's lists: the accounts list groups users and pulses by account and role, and reads
 * a role's pulses of the last 90 days; the pulse comments are read newest first. The account
 * reports' share links keep their token's SHA-256 only, found by it when the page is opened.
 */
export const consoleLists = `
CREATE INDEX users_account_role ON users (account_id, role_id);
CREATE INDEX pulses_account_role_at ON pulses (account_id, role_id, at);
CREATE INDEX pulses_comments ON pulses (at DESC, id DESC) WHERE comment IS NOT NULL;

CREATE TABLE share_links (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text COLLATE "C" PRIMARY KEY,
  account_id text COLLATE "C" NOT NULL REFERENCES accounts (id),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_by text NOT NULL
);
CREATE INDEX share_links_account ON share_links (account_id, seq);
`;
