// `@goalpost/demo-data`: the demo product "Beacon": its catalog, the seeded accounts with their
// history, the demo users and the public demo secrets. For the mock backend, the reference
// server's `--demo`, the demo app and tests only: never for a production deployment.

export { type DemoData, seededRequest } from "./DemoData.ts";
export { demoCatalog } from "./demoCatalog.ts";
export { demoAdminKey, demoSigningSecret } from "./demoSecrets.ts";
export { type DemoUser, demoUsers } from "./demoUsers.ts";
export { type SeedOptions, seedDemoData } from "./seedDemoData.ts";
export { signDemoToken } from "./signDemoToken.ts";
export { syntheticAccounts } from "./syntheticAccounts.ts";
