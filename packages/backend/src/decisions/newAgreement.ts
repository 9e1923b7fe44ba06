import type { Agreement, CreateAgreementBody, Metric, Role } from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";
import { checkMaturity } from "../rules/checkMaturity.ts";
import { newId } from "../rules/newId.ts";
import { toBaseline } from "../rules/toBaseline.ts";

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
 * The agreement `POST /v1/agreements` creates: agreed now, proposed by the customer. The metric
 * must be one of the role's (422), the maturity level one of its model (422), the baseline a
 * value of the metric (422); a metric already agreed answers 409.
 */
export function newAgreement(input: NewAgreementInput): Agreement {
  const { body, accountId, role, metrics, open, now } = input;
  const metric = metrics.find((m) => m.id === body.metricId);
  if (!metric?.roleIds.includes(role.id)) {
    throw ApiError.invalid(["metricId"], `is not a metric of the role "${role.id}"`);
  }
  checkMaturity(role, body.maturityLevel);
  const baseline = body.baseline && toBaseline(metric, body.baseline, now);
  if (open) {
    throw new ApiError(409, `the metric "${metric.id}" is already agreed (agreement "${open.id}")`);
  }
  const agreement: Agreement = {
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
  return agreement;
}
