import type { Sql } from "../db/Database.ts";

/** How long the outbox keeps an event once nothing waits to deliver it: 30 days, for replays. */
export const eventRetentionDays = 30;

/**
 * Deletes, a bounded batch at a time, the events that happened more than `retentionDays` before
 * `now` and that no endpoint still waits to deliver (their delivery log goes with them), so that
 * the outbox does not grow without end where nobody listens. A pending delivery keeps its event
 * whatever its age.
 * @returns how many events it deleted
 */
export async function pruneEvents(
  sql: Sql,
  now: Date,
  retentionDays = eventRetentionDays,
  batch = 5000,
): Promise<number> {
  const [row] = await sql.query<{ pruned: number }>(
    `WITH old AS (
       SELECT ev.seq FROM webhook_events ev
       WHERE ev.at < $1::timestamptz
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d
                         WHERE d.event_seq = ev.seq AND d.status = 'pending')
       ORDER BY ev.at LIMIT $2::int
     ), pruned AS (
       DELETE FROM webhook_events ev USING old WHERE ev.seq = old.seq RETURNING 1
     )
     SELECT count(*)::int AS pruned FROM pruned`,
    [new Date(now.getTime() - retentionDays * 86_400_000).toISOString(), batch],
  );
  return row?.pruned ?? 0;
}
