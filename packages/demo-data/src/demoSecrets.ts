/** The secret the demo deployment signs user tokens with (docs/tokens.md, "The signing secret"). */
export const demoSigningSecret = "demo-signing-secret";

/** The admin key of the demo deployment, for admin, ingest and `/__mock/*` calls. */
export const demoAdminKey = "demo-admin-key";
