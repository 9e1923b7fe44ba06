/**
 * The console's lists: the accounts list groups users and pulses by account and role, and reads
 * a role's pulses of the last 90 days; the pulse comments are read newest first.
 */
export const consoleLists = `
CREATE INDEX users_account_role ON users (account_id, role_id);
CREATE INDEX pulses_account_role_at ON pulses (account_id, role_id, at);
CREATE INDEX pulses_comments ON pulses (at DESC, id DESC) WHERE comment IS NOT NULL;
`;
