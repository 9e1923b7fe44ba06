import type { CreateMeasurementBody, UpdateMeasurementBody } from "../contract/measurement.ts";
import type { OutboxEntry } from "./OutboxEntry.ts";
import type { OutboxDocument } from "./outboxDocument.ts";

/** What {@link amendIn} needs besides the document. */
export interface AmendContext {
  /** The id of a new correction entry, when one is needed. */
  id: string;
  /** Now, in ms since epoch. */
  at: number;
  /** The id of the entry being sent right now, if any: it cannot change under the request. */
  sending: string | undefined;
  /** Removes an entry for good (as delivered or discarded). */
  drop(id: string): void;
}

/** A measurement's body with a correction applied (`note: null` clears the note). */
export function patched(
  body: CreateMeasurementBody,
  patch: UpdateMeasurementBody,
): CreateMeasurementBody {
  const { note: _note, ...rest } = body;
  const note = patch.note === undefined ? body.note : (patch.note ?? undefined);
  return { ...rest, value: patch.value ?? body.value, ...(note !== undefined ? { note } : {}) };
}

/**
 * Applies a correction or deletion of `measurement` to the outbox document, in place, and returns
 * the entry that now carries it (undefined when a deletion dropped an unsent new entry). An entry
 * the server has never seen (never tried, or refused) is changed in place, back to pending; one
 * that may have reached the server (tried, or being sent) is followed by a correction entry, which
 * the delivery sends only after it.
 */
export function amendIn(
  doc: OutboxDocument,
  measurement: CreateMeasurementBody,
  change: UpdateMeasurementBody | "delete",
  context: AmendContext,
): OutboxEntry | undefined {
  const unseen = (e: OutboxEntry) =>
    e.id !== context.sending && (e.status === "rejected" || e.attempts === 0);
  const own = doc.entries
    .filter((e) => e.body.id === measurement.id)
    .sort((a, b) => a.createdAt - b.createdAt);
  const last = own.at(-1);
  const replace = (entry: OutboxEntry, next: OutboxEntry) => {
    doc.entries = doc.entries.map((e) => (e === entry ? next : e));
    return next;
  };
  const requeue = (entry: OutboxEntry): OutboxEntry => {
    const { error: _error, ...rest } = entry;
    return { ...rest, status: "pending", nextAttemptAt: context.at };
  };

  if (last && unseen(last)) {
    if (change === "delete") {
      if (last.kind === "delete") return last;
      // Never seen by the server: taken back rather than sent and then undone.
      doc.entries = doc.entries.filter((e) => e !== last);
      context.drop(last.id);
      if (last.kind === undefined) return undefined;
    } else if (last.kind === undefined) {
      return replace(last, requeue({ ...last, body: patched(last.body, change) }));
    } else if (last.kind === "correct") {
      const patch = { ...last.patch, ...change };
      return replace(last, requeue({ ...last, patch, body: patched(last.body, change) }));
    }
  }
  if (change === "delete" && last?.kind === "delete") return last;
  const entry: OutboxEntry = {
    id: context.id,
    body: change === "delete" ? measurement : patched(measurement, change),
    ...(change === "delete"
      ? { kind: "delete" as const }
      : { kind: "correct" as const, patch: change }),
    createdAt: Math.max(context.at, ...own.map((e) => e.createdAt)),
    attempts: 0,
    nextAttemptAt: context.at,
    status: "pending",
  };
  doc.entries.push(entry);
  return entry;
}
