import { type DemoUser, demoUsers, signDemoToken } from "@goalpost/demo-data";
import { getResponse } from "msw";
import { createMockBackend, type MockBackendOptions } from "../createMockBackend.ts";

/** A fixed "now" for tests, so seeded data and due dates are stable. */
export const testNow = new Date("2026-03-02T09:00:00.000Z");

/** What a test request carries. */
export interface CallOptions {
  /** A user token, or a seeded user to sign one for. */
  as?: string | Pick<DemoUser, "id" | "accountId" | "roleId">;
  /** Send the admin key. */
  admin?: boolean;
  /** A JSON body (serialised), or a raw string or bytes body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The seeded user of an account and role. */
export function seededUser(accountId: string, roleId: string): DemoUser {
  const user = demoUsers.find((u) => u.accountId === accountId && u.roleId === roleId);
  if (!user) throw new Error(`no seeded user for ${accountId}/${roleId}`);
  return user;
}

/**
 * A backend on a fixed clock and a `call` that runs requests through its handlers in-process
 * with msw's `getResponse`, answering the status and the parsed JSON body.
 */
export function createHarness(options: MockBackendOptions = {}) {
  const backend = createMockBackend({ now: () => testNow, ...options });
  async function call(method: string, path: string, options: CallOptions = {}) {
    const headers = new Headers(options.headers);
    if (options.as !== undefined) {
      const token =
        typeof options.as === "string"
          ? options.as
          : await signDemoToken({
              sub: options.as.id,
              acc: options.as.accountId,
              role: options.as.roleId,
              exp: Math.floor(backend.now().getTime() / 1000) + 3600,
            });
      headers.set("authorization", `Bearer ${token}`);
    }
    if (options.admin) headers.set("authorization", "Bearer demo-admin-key");
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.body !== undefined) {
      const raw = options.body;
      body =
        typeof raw === "string" || raw instanceof Uint8Array
          ? (raw as typeof body)
          : JSON.stringify(raw);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    }
    const request = new Request(`http://mock.test${path}`, { method, headers, body: body ?? null });
    const response = await getResponse(backend.handlers, request);
    if (!response) throw new Error(`no handler answered ${method} ${path}`);
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON shapes
    const json: any = text ? JSON.parse(text) : undefined;
    return { status: response.status, body: json, response };
  }
  return { backend, call };
}
