import * as z from "zod/mini";
import { ErrorIssue } from "../contract/errors.ts";
import { Id } from "../contract/primitives.ts";
import type { OutboxEntry } from "./createOutbox.ts";

/**
 * What the outbox keeps under its key, as JSON: `{ v: 1, entries, done }`. Later versions may add
 * fields but must keep these; entries this version cannot read are written back untouched.
 */
export interface OutboxDocument {
  entries: OutboxEntry[];
  /** Ids delivered or discarded lately, so a tab that still holds one does not bring it back. */
  done: string[];
  /** Stored entries that do not parse, kept as they are so that nothing is lost. */
  unreadable: unknown[];
}

/** Something in storage the outbox could not use. */
export interface OutboxProblem {
  /** `unreadable_storage`: the whole value; `invalid_entry`: one entry; `storage_failed`: a write. */
  code: "unreadable_storage" | "invalid_entry" | "storage_failed";
  message: string;
  /** The stored text, the entry as stored, or the storage error. */
  raw: unknown;
}

const StoredEntry = z.object({
  id: Id,
  // The client checks the body against the contract when it sends; kept whole, unknown fields too.
  body: z.looseObject({ id: Id }),
  kind: z.optional(z.enum(["correct", "delete"])),
  patch: z.optional(z.looseObject({})),
  createdAt: z.number(),
  attempts: z.number().check(z.int(), z.gte(0)),
  nextAttemptAt: z.number(),
  status: z.enum(["pending", "rejected"]),
  error: z.optional(
    z.object({
      status: z.optional(z.number()),
      code: z.string(),
      message: z.string(),
      issues: z.optional(z.array(ErrorIssue)),
    }),
  ),
});

/** Reads the stored text; whatever does not parse becomes a problem, never an exception. */
export function parseOutboxDocument(
  text: string | null,
  key: string,
): { document: OutboxDocument; problems: OutboxProblem[] } {
  const document: OutboxDocument = { entries: [], done: [], unreadable: [] };
  if (text === null) return { document, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!isDocument(data)) {
    const message = `The outbox in storage "${key}" is unreadable; it starts empty and the old value was copied to "${key}:unreadable".`;
    return { document, problems: [{ code: "unreadable_storage", message, raw: text }] };
  }
  const problems: OutboxProblem[] = [];
  const byId = new Map<string, OutboxEntry>();
  for (const item of data.entries) {
    const result = StoredEntry.safeParse(item);
    // A new measurement's entry is named by the measurement's id; a correction has its own.
    const { kind, patch, body, id } = result.success ? result.data : ({} as never);
    const named = kind === undefined ? body?.id === id : kind === "delete" || patch !== undefined;
    if (result.success && named) {
      const entry = result.data as OutboxEntry;
      const seen = byId.get(entry.id);
      if (!seen || entry.attempts > seen.attempts) byId.set(entry.id, entry);
      continue;
    }
    document.unreadable.push(item);
    const where = result.success ? "id: its body has another id" : describe(result.error.issues);
    const message = `An outbox entry in storage "${key}" is unreadable and was left as it is (${where}).`;
    problems.push({ code: "invalid_entry", message, raw: item });
  }
  document.entries = [...byId.values()];
  document.done = Array.isArray(data.done)
    ? data.done.filter((id): id is string => typeof id === "string")
    : [];
  return { document, problems };
}

/** The text to store for a document. */
export function serializeOutboxDocument(document: OutboxDocument): string {
  const { entries, done, unreadable } = document;
  return JSON.stringify({ v: 1, entries: [...entries, ...unreadable], done });
}

function isDocument(data: unknown): data is { entries: unknown[]; done?: unknown } {
  return (
    typeof data === "object" &&
    data !== null &&
    Array.isArray((data as { entries?: unknown }).entries)
  );
}

function describe(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "(entry)"}: ${issue.message}`)
    .join("; ");
}
