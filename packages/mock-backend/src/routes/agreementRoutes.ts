import {
  changeAgreement,
  isNewlyRetired,
  newAgreement,
  orThrow,
  readJsonBody,
} from "@goalpost/backend";
import { CreateAgreementBody, UpdateAgreementBody } from "@goalpost/core";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";
import { ownAgreement, replace, settledGoalsOf } from "./access.ts";

/** `POST /v1/agreements`: the user's role agrees a metric (proposed by the customer, agreed now). */
export async function createAgreement(context: UserRouteContext): Promise<Reply> {
  const { db, user, role, now } = context;
  const body = await readJsonBody(context.request, CreateAgreementBody);
  const open = db.agreements.find(
    (a) =>
      a.accountId === user.accountId &&
      a.roleId === role.id &&
      a.metricId === body.metricId &&
      a.status !== "retired",
  );
  const agreement = orThrow(
    newAgreement({ body, accountId: user.accountId, role, metrics: db.catalog.metrics, open, now }),
  );
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
  const goals = settledGoalsOf(db, [agreement.id], now);
  const other = db.agreements.find(
    (a) =>
      a.id !== agreement.id &&
      a.accountId === agreement.accountId &&
      a.roleId === agreement.roleId &&
      a.metricId === agreement.metricId &&
      a.status !== "retired",
  );
  const changed = orThrow(
    changeAgreement({ agreement, body, role, metrics: db.catalog.metrics, other, now }),
  );
  if (isNewlyRetired(agreement, changed)) {
    for (const goal of goals) {
      if (goal.status === "active") {
        goal.status = "abandoned";
        goal.closedAt = changed.retiredAt ?? now.toISOString();
      }
    }
  }
  return { status: 200, body: replace(db.agreements, changed) };
}
