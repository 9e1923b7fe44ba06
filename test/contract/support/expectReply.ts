import { type ErrorBody, ErrorBody as ErrorBodySchema, errorCodes } from "@goalpost/core";
import { expect } from "vitest";
import type { Reply } from "./request.ts";

/** Anything with zod's `safeParse` (the contract schemas). */
export interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/** Asserts a success status and a body the contract schema accepts; returns the parsed body. */
export function expectOk<T>(reply: Reply, status: 200 | 201, schema: Schema<T>): T {
  expect(reply.status, `${reply.label} answered ${reply.status}: ${clip(reply.text)}`).toBe(status);
  const parsed = schema.safeParse(reply.body);
  if (!parsed.success) {
    expect.fail(
      `${reply.label} answered a body the contract rejects: ${JSON.stringify(parsed.error.issues)}\n` +
        clip(reply.text),
    );
  }
  return parsed.data;
}

/**
 * Asserts an error status (one of `statuses`) with the contract's error body, whose `code` is the
 * one `errorCodes` names for that status. Returns the error body.
 */
export function expectError(reply: Reply, ...statuses: number[]): ErrorBody {
  expect(statuses, `${reply.label} answered ${reply.status}: ${clip(reply.text)}`).toContain(
    reply.status,
  );
  const parsed = ErrorBodySchema.safeParse(reply.body);
  if (!parsed.success) {
    expect.fail(`${reply.label} (${reply.status}) answered no error body: ${clip(reply.text)}`);
  }
  const code = (errorCodes as Record<number, string>)[reply.status];
  if (code !== undefined) {
    expect(parsed.data.error.code, `${reply.label} error code`).toBe(code);
  }
  expect(parsed.data.error.message.length, `${reply.label} error message`).toBeGreaterThan(0);
  return parsed.data;
}

/** Asserts that a 422's issues include one at exactly `path` (unknown fields included). */
export function expectIssueAt(error: ErrorBody, path: (string | number)[]): void {
  const issues = error.error.issues ?? [];
  const wanted = JSON.stringify(path);
  // The contract: each issue carries the path of the offending field itself.
  const named = issues.some((issue) => JSON.stringify(issue.path) === wanted);
  expect(named, `no issue names ${wanted}; issues: ${JSON.stringify(issues)}`).toBe(true);
}

/** Shortens a response text for an assertion message. */
export function clip(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
