import { type ScheduledGoal, scheduledEvents } from "@goalpost/backend";
import type { WebhookConfig } from "../config/ServerConfig.ts";
import type { Database, Row } from "../db/Database.ts";
import type { Logger } from "../ops/createLogger.ts";
import { goalColumns, iso, toGoal } from "../store/rows.ts";
import { writeEvents } from "./outbox.ts";
import { pruneEvents } from "./prune.ts";

/**
 * The advisory lock one scheduler round holds across every instance on the database (any
 * constant the server uses for nothing else): "gp17" as a 32-bit integer.
 */
export const scheduleLockKey = 0x67703137;

/** The webhook scheduler of one server instance. */
export interface WebhookScheduler {
  /**
   * Runs one round now (after the one running, if any).
   * @returns how many new events it wrote; undefined when another instance held the round
   */
  run(): Promise<number | undefined>;
  /** Runs no more rounds; resolves once the running one is over. */
  stop(): Promise<void>;
}

/** Options of {@link startWebhookScheduler}. */
export interface SchedulerOptions {
  /** Where a round says what it emitted and pruned, or why it failed. */
  log: Logger;
  /** The server's clock: scheduled events fall at domain times (due dates). */
  clock: () => Date;
  /** Called when a round wrote events (the worker's nudge). */
  onWritten?: () => void;
}

/**
 * The goals whose time can bring an event: every active one, and those missed by time (closed at
 * their due date: a write noticed first) due at or after the round's start (one due at the mark
 * itself is missed a millisecond later, inside the round); each with its account and role, the
 * newest live entry of its agreement since it started, whether its metric is a scale one (in the
 * catalog's document) and, if so, its newest end-of-period assessment since then.
 */
const goalsStatement = `WITH scale_metrics AS (
    SELECT x->>'id' AS id FROM catalog c, json_array_elements(c.document->'metrics') x
    WHERE x->>'collection' = 'scale'
  )
  SELECT ${goalColumns}, a.account_id, a.role_id,
    (SELECT max(m.at) FROM measurements m
     WHERE m.agreement_id = g.agreement_id AND m.deleted_at IS NULL AND m.at >= g.start_at
    ) AS last_entry_at,
    a.metric_id IN (SELECT id FROM scale_metrics) AS scale,
    (SELECT max(m.at) FROM measurements m
     WHERE m.agreement_id = g.agreement_id AND m.deleted_at IS NULL AND m.at >= g.start_at
       AND m.phase = 'end'
    ) AS end_assessed_at
  FROM goals g JOIN agreements a ON a.id = g.agreement_id
  WHERE g.status = 'active'
    OR (g.status = 'missed' AND g.closed_at = g.due_at AND g.due_at >= $1::timestamptz)`;

function toScheduledGoal(row: Row, now: Date): ScheduledGoal {
  return {
    goal: toGoal(row, now),
    accountId: row.account_id as string,
    roleId: row.role_id as string,
    ...(row.last_entry_at != null ? { lastEntryAt: iso(row.last_entry_at) } : {}),
    ...(row.scale ? { scale: true } : {}),
    ...(row.end_assessed_at != null ? { endAssessedAt: iso(row.end_assessed_at) } : {}),
  };
}

/**
 * Emits the events that the passing of time alone causes (`goal.missed`, `goal.due_soon`,
 * `checkin.overdue`: `scheduledEvents`), every `config.scheduleMs`, and once before it resolves,
 * so that a server that was down catches up over the whole gap as it starts. A round is one
 * transaction holding an advisory lock (another instance holding it: this one skips the round)
 * that reads how far the schedule has run, writes the events of (then, now] to the outbox and
 * moves the mark to now; it also prunes the outbox of old events nothing waits for
 * (`pruneEvents`). The first round ever only sets the mark: nothing is sent about the time
 * before webhooks. The events' ids are derived from what they are about, so a round run twice
 * sends nothing twice.
 */
export async function startWebhookScheduler(
  db: Database,
  config: Pick<WebhookConfig, "scheduleMs" | "dueSoonDays" | "checkInDays">,
  options: SchedulerOptions,
): Promise<WebhookScheduler> {
  const { log, clock } = options;
  const schedule = { dueSoonDays: config.dueSoonDays, checkInDays: config.checkInDays };
  let running: Promise<number | undefined> = Promise.resolve(0);
  let busy = false;
  let stopped = false;

  const round = () =>
    db.transaction(async (tx) => {
      const [lock] = await tx.query<{ held: boolean }>(
        "SELECT pg_try_advisory_xact_lock($1::bigint) AS held",
        [scheduleLockKey],
      );
      if (!lock?.held) return undefined;
      const now = clock();
      // The outbox's retention rides on the same round: once across the instances, a batch a time.
      const pruned = await pruneEvents(tx, now);
      if (pruned > 0) log.info("webhook events pruned", { pruned });
      const [mark] = await tx.query("SELECT until_at FROM webhook_schedule WHERE id = 1");
      if (!mark) {
        await tx.query("INSERT INTO webhook_schedule (id, until_at) VALUES (1, $1::timestamptz)", [
          now.toISOString(),
        ]);
        return 0;
      }
      const from = new Date(iso(mark.until_at));
      if (now.getTime() <= from.getTime()) return 0; // a clock standing still (tests) or behind
      const rows = await tx.query(goalsStatement, [from.toISOString()]);
      const goals = rows.map((row) => toScheduledGoal(row, now));
      const events = scheduledEvents(goals, from, now, schedule);
      const written = await writeEvents(tx, events);
      await tx.query("UPDATE webhook_schedule SET until_at = $1::timestamptz WHERE id = 1", [
        now.toISOString(),
      ]);
      if (events.length > 0) {
        const types: Record<string, number> = {};
        for (const event of events) types[event.type] = (types[event.type] ?? 0) + 1;
        log.info("webhook events scheduled", {
          from: from.toISOString(),
          to: now.toISOString(),
          written,
          types,
        });
      }
      return written;
    });

  const run = () => {
    busy = true;
    running = running.then(async () => {
      if (stopped) return 0;
      try {
        const written = await round();
        if (written) options.onWritten?.();
        return written;
      } catch (error) {
        log.error("webhook schedule round failed", { error: String(error) });
        return 0;
      } finally {
        busy = false;
      }
    });
    return running;
  };

  // A tick while a round runs is skipped: the next round covers its time anyway.
  const timer = setInterval(() => busy || run(), config.scheduleMs);
  timer.unref();
  await run();
  return {
    run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
