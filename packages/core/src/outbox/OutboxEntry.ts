import type { CreateMeasurementBody } from "../contract/measurement.ts";
import type { OutboxEntryError } from "./classifyFailure.ts";

/** A measurement waiting in the outbox. Its `id` is the measurement's client-generated id. */
export interface OutboxEntry {
  id: string;
  /** Sent as is; `at` is filled in at enqueue time when the caller left it out. */
  body: CreateMeasurementBody;
  /** When it was enqueued (ms since epoch). */
  createdAt: number;
  /** Tries so far; it only ever grows, also across `retry`. */
  attempts: number;
  /** Not sent before this time (ms since epoch), unless `online()` is called. */
  nextAttemptAt: number;
  /** `rejected`: the server refused it for good; it waits for the user to `retry` or `discard`. */
  status: "pending" | "rejected";
  /** Why the last try failed. */
  error?: OutboxEntryError;
}
