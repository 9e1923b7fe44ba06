export {
  signConsoleToken,
  signToken,
  type TokenClaims,
  type TokenVerification,
  verifyToken,
} from "@goalpost/backend";
export {
  type DemoUser,
  demoAdminKey,
  demoCatalog,
  demoSigningSecret,
  demoUsers,
  signDemoToken,
} from "@goalpost/demo-data";
export type { Scenario } from "./BackendContext.ts";
export {
  createMockBackend,
  type MockBackend,
  type MockBackendOptions,
  type MockPersistence,
} from "./createMockBackend.ts";
export type { MockDb, StoredAccount, StoredUser } from "./store/MockDb.ts";
