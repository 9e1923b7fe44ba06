import { checkMaturity, Problem, toBaseline } from "@goalpost/core";
import type { Agreement, CreateAgreementBody, Metric, Role } from "@goalpost/core/contract";
import { newId } from "../rules/newId.ts";

/** What deciding `POST /v1/agreements` needs from the store. */
export interface NewAgreementInput {
  body: CreateAgreementBody;
  accountId: string;
  role: Role;
  metrics: readonly Metric[];
  /** The account's agreement on `body.metricId` for the role that is not retired, if any. */
  open: Agreement | undefined;
  now: Date;
}

/**
 * The agreement `POST /v1/agreements` creates: agreed now, proposed by the customer; or why not.
 * The metric must be one of the role's, the maturity level one of its model, the baseline a
 * value of the metric (each invalid otherwise); a metric already agreed is a conflict.
 */
export function newAgreement(input: NewAgreementInput): Agreement | Problem {
  const { body, accountId, role, metrics, open, now } = input;
  const metric = metrics.find((m) => m.id === body.metricId);
  if (!metric?.roleIds.includes(role.id)) {
    return Problem.invalid(["metricId"], `is not a metric of the role "${role.id}"`);
  }
  const maturity = checkMaturity(role, body.maturityLevel);
  if (maturity) return maturity;
  const baseline = body.baseline && toBaseline(metric, body.baseline, now);
  if (Problem.is(baseline)) return baseline;
  if (open) {
    return Problem.conflict(`the metric "${metric.id}" is already agreed (agreement "${open.id}")`);
  }
  return {
    id: newId("agr"),
    accountId,
    roleId: role.id,
    metricId: metric.id,
    status: "agreed",
    proposedBy: "customer",
    agreedAt: now.toISOString(),
    ...(body.maturityLevel !== undefined ? { maturityLevel: body.maturityLevel } : {}),
    ...(baseline ? { baseline } : {}),
  };
}
