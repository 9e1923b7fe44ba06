import type { WebhookEvent } from "@goalpost/core/contract";
import type { Sql } from "../db/Database.ts";

/**
 * The common table expressions that write `events` into the outbox and queue one delivery per
 * enabled endpoint that wants each, to fold into another statement of the same transaction
 * (`WITH …, <these> SELECT …`), so that the events cost no round trip of their own. `param` is
 * the number of the one parameter they take (the events as JSON: {@link outboxParam});
 * `when`, a condition on the statement's other expressions and on each event `e` (its `e.ref`,
 * see {@link outboxParam}), e.g. `EXISTS (SELECT 1 FROM inserted)`: an event is written only if
 * it holds. An event whose id is stored already is skipped, with
 * its deliveries: ids derived from what an event is about (the scheduler's) are written once.
 *
 * The endpoints are read `FOR KEY SHARE` (the lock the deliveries' foreign key takes anyway,
 * which editing an endpoint does not wait for): an endpoint deleted by a transaction that
 * commits meanwhile is skipped, where reading it plainly failed the whole write on the foreign
 * key, a 500 for the user whose entry it was (outbox.test.ts).
 */
export function outboxCtes(param: number, when = "true"): string {
  return `outbox_events AS (
       INSERT INTO webhook_events (id, type, account_id, at, body)
       SELECT e.id, e.type, e.account_id, e.at, e.body
       FROM json_to_recordset($${param}::text::json)
         AS e(id text, type text, account_id text, at timestamptz, body text, ref text)
       WHERE ${when}
       ON CONFLICT (id) DO NOTHING
       RETURNING seq, type, account_id
     ), outbox_deliveries AS (
       INSERT INTO webhook_deliveries (endpoint_id, event_seq, account_id)
       SELECT ep.id, ev.seq, ev.account_id
       FROM outbox_events ev JOIN webhook_endpoints ep
         ON ep.enabled AND (ep.event_types IS NULL OR ep.event_types @> jsonb_build_array(ev.type))
       FOR KEY SHARE OF ep
     )`;
}

/**
 * The parameter of {@link outboxCtes}: each event with the exact body its deliveries send, and
 * what `refOf` says it hangs on (`e.ref`, null when it gives nothing), for a `when` that keeps
 * only the events of rows the statement stored.
 */
export function outboxParam(
  events: readonly WebhookEvent[],
  refOf: (event: WebhookEvent) => string | undefined = () => undefined,
): string {
  return JSON.stringify(
    events.map((event) => ({
      id: event.id,
      type: event.type,
      account_id: event.accountId,
      at: event.at,
      body: JSON.stringify(event),
      ref: refOf(event) ?? null,
    })),
  );
}

/**
 * Writes `events` to the outbox with their deliveries, in one statement (nothing when there are
 * none). In a transaction, issue it beside the change's own statements, unawaited, so that it
 * goes out with them.
 * @returns how many of them were new
 */
export async function writeEvents(sql: Sql, events: readonly WebhookEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const [row] = await sql.query<{ written: number }>(
    `WITH ${outboxCtes(1)} SELECT count(*)::int AS written FROM outbox_events`,
    [outboxParam(events)],
  );
  return row?.written ?? 0;
}
