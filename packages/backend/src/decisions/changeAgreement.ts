import { checkMaturity, Problem, toBaseline } from "@goalpost/core";
import type {
  Agreement,
  AgreementChange,
  AgreementState,
  Metric,
  Role,
  UpdateAgreementBody,
} from "@goalpost/core/contract";
import { metricOf } from "../rules/metricOf.ts";

/** What deciding `PATCH /v1/agreements/:id` needs from the store. */
export interface ChangeAgreementInput {
  /** The user's own agreement (ownership already checked). */
  agreement: Agreement;
  body: UpdateAgreementBody;
  role: Role;
  metrics: readonly Metric[];
  /** Another agreement of the same account, role and metric that is not retired, if any. */
  other: Agreement | undefined;
  now: Date;
}

/**
 * The agreement after `PATCH /v1/agreements/:id`, or why not: retired, agreed again (a conflict
 * when another one for the metric is in place), a new maturity level or baseline. A retired
 * agreement accepts nothing but being agreed again (a conflict otherwise). When the result is
 * newly retired, the store abandons the agreement's active goal at its `retiredAt`.
 */
export function changeAgreement(input: ChangeAgreementInput): Agreement | Problem {
  const { agreement, body, role, now } = input;
  const metric = metricOf(input.metrics, agreement);
  if (Problem.is(metric)) return metric;
  const maturity = checkMaturity(role, body.maturityLevel);
  if (maturity) return maturity;
  const baseline = body.baseline && toBaseline(metric, body.baseline, now);
  if (Problem.is(baseline)) return baseline;
  if (agreement.status === "retired" && body.status !== "agreed") {
    return Problem.conflict(
      "the agreement is retired; agree it again (status: agreed) to change it",
    );
  }
  const at = now.toISOString();
  let changed: Agreement = { ...agreement };
  if (body.status === "agreed" && agreement.status !== "agreed") {
    if (input.other) {
      return Problem.conflict(`the metric is already agreed (agreement "${input.other.id}")`);
    }
    const { retiredAt: _retiredAt, ...rest } = changed;
    changed = { ...rest, status: "agreed", agreedAt: at };
  }
  if (body.status === "retired" && agreement.status !== "retired") {
    changed = { ...changed, status: "retired", retiredAt: at };
  }
  if (body.maturityLevel !== undefined) changed.maturityLevel = body.maturityLevel;
  if (baseline) changed.baseline = baseline;
  return changed;
}

/** Whether a change retired the agreement (so its active goal is to be abandoned). */
export function isNewlyRetired(before: Agreement, after: Agreement): boolean {
  return before.status !== "retired" && after.status === "retired";
}

/**
 * The history record of a change to an agreement's maturity level or baseline, naming only the
 * fields that changed; undefined when neither did (a status change, or the same values again).
 */
export function agreementChange(
  before: Agreement,
  after: Agreement,
  userId: string,
  at: string,
): AgreementChange | undefined {
  const was: AgreementState = {};
  const now: AgreementState = {};
  if (before.maturityLevel !== after.maturityLevel) {
    if (before.maturityLevel !== undefined) was.maturityLevel = before.maturityLevel;
    if (after.maturityLevel !== undefined) now.maturityLevel = after.maturityLevel;
  }
  const a = before.baseline;
  const b = after.baseline;
  const sameBaseline =
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.value === b.value &&
      a.source === b.source &&
      Date.parse(a.at) === Date.parse(b.at));
  if (!sameBaseline) {
    if (a) was.baseline = a;
    if (b) now.baseline = b;
  }
  if (before.maturityLevel === after.maturityLevel && sameBaseline) return undefined;
  return { at, userId, before: was, after: now };
}
