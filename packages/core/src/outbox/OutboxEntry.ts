import type { CreateMeasurementBody, UpdateMeasurementBody } from "../contract/measurement.ts";
import type { OutboxEntryError } from "./classifyFailure.ts";

/**
 * A write waiting in the outbox: a new measurement (no `kind`), or a correction or deletion of
 * one (`kind`). A new measurement's entry `id` is the measurement's client-generated id.
 */
export interface OutboxEntry {
  id: string;
  /**
   * The measurement: as sent, for a new one (`at` is filled in at enqueue time when the caller
   * left it out); as it will stand once corrected, or as it stood when deleted, for the others,
   * so that a list of waiting or refused entries can show them alike. `body.id` names it.
   */
  body: CreateMeasurementBody;
  /** `correct`: `PATCH /v1/measurements/:id` with `patch`; `delete`: `DELETE`. Absent: a new one. */
  kind?: "correct" | "delete";
  /** What a correction sends. */
  patch?: UpdateMeasurementBody;
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
