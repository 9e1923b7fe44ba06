import type { TestProject } from "vitest/node";
import { startMockBackend } from "./support/startMockBackend.ts";

/** What the contract suite needs to know about the deployment under test. */
export interface ContractTarget {
  /** Base URL without a trailing slash; endpoints are appended (`/v1/session`). */
  baseUrl: string;
  /** Secret the deployment verifies user tokens (HS256) with. */
  signingSecret: string;
  /** Admin key for `/v1/admin/*` and `/v1/ingest/*`. */
  adminKey: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    contractTarget: ContractTarget;
  }
}

/**
 * Points the suite at `GOALPOST_CONTRACT_URL` when set; otherwise starts the mock backend's bin
 * on a free port and stops it after the run.
 */
export default async function setup(
  project: TestProject,
): Promise<(() => Promise<void>) | undefined> {
  const signingSecret = process.env.GOALPOST_SIGNING_SECRET || "demo-signing-secret";
  const adminKey = process.env.GOALPOST_ADMIN_KEY || "demo-admin-key";
  const external = process.env.GOALPOST_CONTRACT_URL;
  if (external) {
    project.provide("contractTarget", {
      baseUrl: external.replace(/\/+$/, ""),
      signingSecret,
      adminKey,
    });
    return undefined;
  }
  const mock = await startMockBackend();
  project.provide("contractTarget", { baseUrl: mock.url, signingSecret, adminKey });
  return () => mock.stop();
}
