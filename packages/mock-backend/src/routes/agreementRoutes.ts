import { type Agreement, CreateAgreementBody, UpdateAgreementBody } from "@goalpost/core";
import { ApiError } from "../http/ApiError.ts";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";
import { readJsonBody } from "../http/readJsonBody.ts";
import { newId } from "../store/newId.ts";
import { checkMaturity, isOpen, metricOf, ownAgreement } from "./access.ts";
import { toBaseline } from "./toBaseline.ts";

/** `POST /v1/agreements`: the user's role agrees a metric (proposed by the customer, agreed now). */
export async function createAgreement(context: UserRouteContext): Promise<Reply> {
  const { db, user, role, now } = context;
  const body = await readJsonBody(context.request, CreateAgreementBody);
  const metric = db.catalog.metrics.find((m) => m.id === body.metricId);
  if (!metric?.roleIds.includes(role.id)) {
    throw ApiError.invalid(["metricId"], `is not a metric of the role "${role.id}"`);
  }
  checkMaturity(role, body.maturityLevel);
  const baseline = body.baseline && toBaseline(metric, body.baseline, now);
  const existing = db.agreements.find(
    (a) =>
      a.accountId === user.accountId &&
      a.roleId === role.id &&
      a.metricId === metric.id &&
      isOpen(a),
  );
  if (existing) {
    throw new ApiError(
      409,
      `the metric "${metric.id}" is already agreed (agreement "${existing.id}")`,
    );
  }

  const agreement: Agreement = {
    id: newId("agr"),
    accountId: user.accountId,
    roleId: role.id,
    metricId: metric.id,
    status: "agreed",
    proposedBy: "customer",
    agreedAt: now.toISOString(),
    ...(body.maturityLevel !== undefined ? { maturityLevel: body.maturityLevel } : {}),
    ...(baseline ? { baseline } : {}),
  };
  db.agreements.push(agreement);
  return { status: 201, body: agreement };
}

/**
 * `PATCH /v1/agreements/:id`: retire (which abandons the active goal), agree again, or set the
 * maturity level or baseline. A retired agreement only accepts being agreed again (409 otherwise).
 */
export async function updateAgreement(context: UserRouteContext): Promise<Reply> {
  const { db, user, role, now, params } = context;
  const body = await readJsonBody(context.request, UpdateAgreementBody);
  const agreement = ownAgreement(db, user, params.id ?? "");
  const metric = metricOf(db, agreement);
  checkMaturity(role, body.maturityLevel);
  const baseline = body.baseline && toBaseline(metric, body.baseline, now);
  if (agreement.status === "retired" && body.status !== "agreed") {
    throw new ApiError(
      409,
      "the agreement is retired; agree it again (status: agreed) to change it",
    );
  }
  const at = now.toISOString();

  if (body.status === "agreed" && agreement.status !== "agreed") {
    const other = db.agreements.find(
      (a) =>
        a.id !== agreement.id &&
        a.accountId === agreement.accountId &&
        a.roleId === agreement.roleId &&
        a.metricId === agreement.metricId &&
        isOpen(a),
    );
    if (other) throw new ApiError(409, `the metric is already agreed (agreement "${other.id}")`);
    agreement.status = "agreed";
    agreement.agreedAt = at;
    delete agreement.retiredAt;
  }
  if (body.status === "retired" && agreement.status !== "retired") {
    agreement.status = "retired";
    agreement.retiredAt = at;
    for (const goal of db.goals) {
      if (goal.agreementId === agreement.id && goal.status === "active") {
        goal.status = "abandoned";
        goal.closedAt = at;
      }
    }
  }
  if (body.maturityLevel !== undefined) agreement.maturityLevel = body.maturityLevel;
  if (baseline) agreement.baseline = baseline;
  return { status: 200, body: agreement };
}
