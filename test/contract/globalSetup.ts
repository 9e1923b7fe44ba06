import type { TestProject } from "vitest/node";
import { freshDatabase, startGoalpostServer } from "./support/startGoalpostServer.ts";
import { startMockBackend } from "./support/startMockBackend.ts";

/** What the contract suite needs to know about the deployment under test. */
export interface ContractTarget {
  /** Base URL without a trailing slash; endpoints are appended (`/v1/session`). */
  baseUrl: string;
  /** Secret the deployment verifies user tokens (HS256) with. */
  signingSecret: string;
  /** Admin key for `/v1/admin/*` and `/v1/ingest/*`. */
  adminKey: string;
  /** An origin whose pages the deployment lets call the user endpoints (CORS). */
  corsOrigin: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    contractTarget: ContractTarget;
  }
}

/**
 * Points the suite at `GOALPOST_CONTRACT_URL` when set. Otherwise the project names the target
 * it starts on a free port and stops after the run: `contract` the mock backend's bin,
 * `contract-pglite` the reference server on a fresh PGlite directory, `contract-postgres` the
 * reference server on a fresh PostgreSQL database (dropped afterwards).
 */
export default async function setup(
  project: TestProject,
): Promise<(() => Promise<void>) | undefined> {
  const signingSecret = process.env.GOALPOST_SIGNING_SECRET || "demo-signing-secret";
  const adminKey = process.env.GOALPOST_ADMIN_KEY || "demo-admin-key";
  const corsOrigin = process.env.GOALPOST_CONTRACT_ORIGIN || "http://localhost:5173";
  const external = process.env.GOALPOST_CONTRACT_URL;
  if (external) {
    project.provide("contractTarget", {
      baseUrl: external.replace(/\/+$/, ""),
      signingSecret,
      adminKey,
      corsOrigin,
    });
    return undefined;
  }
  if (project.name === "contract-pglite" || project.name === "contract-postgres") {
    const data = await freshDatabase(project.name === "contract-pglite" ? "pglite" : "postgres");
    try {
      // Started with --demo and no secrets of its own: the demo deployment's.
      const server = await startGoalpostServer(data.database, {
        env: { GOALPOST_CORS_ORIGINS: corsOrigin },
      });
      project.provide("contractTarget", {
        baseUrl: server.url,
        signingSecret: "demo-signing-secret",
        adminKey: "demo-admin-key",
        corsOrigin,
      });
      return async () => {
        await server.stop();
        await data.drop();
        // A 500 fails its test with a request id only: the cause is in the server's log.
        const errors = server
          .errorOutput()
          .split("\n")
          .filter((line) => line.includes('"level":"error"'));
        if (errors.length > 0) {
          const lines = errors.join("\n");
          console.error(`${project.name}: the server logged ${errors.length} error(s):\n${lines}`);
        }
      };
    } catch (error) {
      await data.drop();
      throw error;
    }
  }
  const mock = await startMockBackend();
  project.provide("contractTarget", { baseUrl: mock.url, signingSecret, adminKey, corsOrigin });
  return () => mock.stop();
}
