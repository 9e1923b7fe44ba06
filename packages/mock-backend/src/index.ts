export { signToken, type TokenClaims } from "./auth/signToken.ts";
export { type TokenVerification, verifyToken } from "./auth/verifyToken.ts";
export type { Scenario } from "./BackendContext.ts";
export {
  createMockBackend,
  type MockBackend,
  type MockBackendOptions,
  type MockPersistence,
} from "./createMockBackend.ts";
export { demoAdminKey, demoSigningSecret } from "./demoSecrets.ts";
export { demoCatalog } from "./seed/demoCatalog.ts";
export { type DemoUser, demoUsers } from "./seed/demoUsers.ts";
export type { MockDb, StoredAccount, StoredUser } from "./store/MockDb.ts";
