import {
  type Agreement,
  type CollectionMethod,
  type Goal,
  type GoalAction,
  type Measurement,
  type Pulse,
  settleDue,
  type Touchpoint,
} from "@goalpost/core";

/**
 * A timestamptz as PostgreSQL writes it in JSON with the session in UTC (the server's):
 * `2026-03-02T09:00:00.12+00:00`, the fraction's trailing zeros dropped.
 */
const jsonUtcTime = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,3}))?\+00:00$/;

/** A time as the contract writes it: ISO 8601 in UTC with milliseconds. */
export function iso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  // What a JSON aggregate gives, rewritten without parsing a date (a fifth of a session's CPU).
  const utc = typeof value === "string" ? jsonUtcTime.exec(value) : null;
  if (utc) return `${utc[1]}.${(utc[2] ?? "").padEnd(3, "0")}Z`;
  return new Date(String(value)).toISOString();
}

/** A contract time (already stored or checked) as a timestamptz parameter. */
export function toTimestamp(at: string): string {
  return new Date(Date.parse(at)).toISOString();
}

/** The columns {@link toAgreement} reads. */
export const agreementColumns =
  "a.id, a.account_id, a.role_id, a.metric_id, a.status, a.proposed_by, a.agreed_at, " +
  "a.retired_at, a.maturity_level, a.baseline_value, a.baseline_at, a.baseline_source";

/** An agreement from its row. */
export function toAgreement(row: Record<string, unknown>): Agreement {
  return {
    id: row.id as string,
    accountId: row.account_id as string,
    roleId: row.role_id as string,
    metricId: row.metric_id as string,
    status: row.status as Agreement["status"],
    proposedBy: row.proposed_by as Agreement["proposedBy"],
    ...(row.agreed_at != null ? { agreedAt: iso(row.agreed_at) } : {}),
    ...(row.retired_at != null ? { retiredAt: iso(row.retired_at) } : {}),
    ...(row.maturity_level != null ? { maturityLevel: Number(row.maturity_level) } : {}),
    ...(row.baseline_value != null
      ? {
          baseline: {
            value: Number(row.baseline_value),
            at: iso(row.baseline_at),
            source: row.baseline_source as CollectionMethod,
          },
        }
      : {}),
  };
}

/** An agreement's columns as parameters $1…$12, in the order of {@link agreementColumns}. */
export function agreementParams(a: Agreement): unknown[] {
  return [
    a.id,
    a.accountId,
    a.roleId,
    a.metricId,
    a.status,
    a.proposedBy,
    a.agreedAt === undefined ? null : toTimestamp(a.agreedAt),
    a.retiredAt === undefined ? null : toTimestamp(a.retiredAt),
    a.maturityLevel ?? null,
    a.baseline?.value ?? null,
    a.baseline ? toTimestamp(a.baseline.at) : null,
    a.baseline?.source ?? null,
  ];
}

/** The columns {@link toGoal} reads. */
export const goalColumns =
  "g.id, g.agreement_id, g.start_value, g.target, g.start_at, g.due_at, g.status, g.changes, " +
  "g.actions, g.value_element_ids, g.done_value_element_ids, g.previous_goal_id, " +
  "g.achieved_at, g.closed_at";

/** A goal from its row, as it stands at `now` (an overdue active goal reads missed). */
export function toGoal(row: Record<string, unknown>, now: Date): Goal {
  const goal: Goal = {
    id: row.id as string,
    agreementId: row.agreement_id as string,
    startValue: Number(row.start_value),
    target: Number(row.target),
    startAt: iso(row.start_at),
    dueAt: iso(row.due_at),
    status: row.status as Goal["status"],
    ...(row.changes != null ? { changes: row.changes as string } : {}),
    actions: json<GoalAction[]>(row.actions),
    valueElementIds: json<string[]>(row.value_element_ids),
    ...(row.done_value_element_ids != null
      ? { doneValueElementIds: json<string[]>(row.done_value_element_ids) }
      : {}),
    ...(row.previous_goal_id != null ? { previousGoalId: row.previous_goal_id as string } : {}),
    ...(row.achieved_at != null ? { achievedAt: iso(row.achieved_at) } : {}),
    ...(row.closed_at != null ? { closedAt: iso(row.closed_at) } : {}),
  };
  return settleDue(goal, now);
}

/** A goal's columns as parameters $1…$14, in the order of {@link goalColumns}. */
export function goalParams(g: Goal): unknown[] {
  return [
    g.id,
    g.agreementId,
    g.startValue,
    g.target,
    toTimestamp(g.startAt),
    toTimestamp(g.dueAt),
    g.status,
    g.changes ?? null,
    JSON.stringify(g.actions),
    JSON.stringify(g.valueElementIds),
    g.doneValueElementIds === undefined ? null : JSON.stringify(g.doneValueElementIds),
    g.previousGoalId ?? null,
    g.achievedAt === undefined ? null : toTimestamp(g.achievedAt),
    g.closedAt === undefined ? null : toTimestamp(g.closedAt),
  ];
}

/** The columns {@link toMeasurement} reads. */
export const measurementColumns =
  "m.id, m.agreement_id, m.value, m.at, m.source, m.phase, m.note, m.user_id, m.corrected_at, " +
  "m.deleted_at";

/** A measurement from its row. */
export function toMeasurement(row: Record<string, unknown>): Measurement {
  return {
    id: row.id as string,
    agreementId: row.agreement_id as string,
    value: Number(row.value),
    at: iso(row.at),
    source: row.source as CollectionMethod,
    ...(row.phase != null ? { phase: row.phase as "start" | "end" } : {}),
    ...(row.note != null ? { note: row.note as string } : {}),
    userId: row.user_id as string,
    ...(row.corrected_at != null ? { correctedAt: iso(row.corrected_at) } : {}),
    ...(row.deleted_at != null ? { deletedAt: iso(row.deleted_at) } : {}),
  };
}

/** A measurement's columns and its request as parameters $1…$9. */
export function measurementParams(m: Measurement, request: string): unknown[] {
  return [
    m.id,
    m.agreementId,
    m.value,
    toTimestamp(m.at),
    m.source,
    m.phase ?? null,
    m.note ?? null,
    m.userId,
    request,
  ];
}

/** The columns {@link toPulse} reads. */
export const pulseColumns =
  "p.id, p.account_id, p.role_id, p.user_id, p.touchpoint, p.score, p.comment, p.at";

/** A pulse from its row. */
export function toPulse(row: Record<string, unknown>): Pulse {
  return {
    id: row.id as string,
    accountId: row.account_id as string,
    roleId: row.role_id as string,
    userId: row.user_id as string,
    touchpoint: row.touchpoint as Touchpoint,
    score: Number(row.score),
    ...(row.comment != null ? { comment: row.comment as string } : {}),
    at: iso(row.at),
  };
}

/** A pulse's columns as parameters $1…$8. */
export function pulseParams(p: Pulse): unknown[] {
  return [
    p.id,
    p.accountId,
    p.roleId,
    p.userId,
    p.touchpoint,
    p.score,
    p.comment ?? null,
    toTimestamp(p.at),
  ];
}

/** A JSON column's value: drivers parse json/jsonb, but one given as text is parsed here. */
function json<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
