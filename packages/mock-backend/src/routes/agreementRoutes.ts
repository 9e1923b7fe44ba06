import {
  agreementChange,
  agreementEvents,
  changeAgreement,
  isNewlyRetired,
  newAgreement,
  orThrow,
} from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { emit } from "../webhooks/emit.ts";
import { ownAgreement, replace, settledGoalsOf } from "./access.ts";

/** `POST /v1/agreements`: the user's role agrees a metric (proposed by the customer, agreed now). */
export function createAgreement(context: UserRoute<"createAgreement">): Reply<"createAgreement"> {
  const { db, user, role, now, body } = context;
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
  emit(context, agreementEvents(undefined, agreement, user.id, now));
  return { body: agreement };
}

/**
 * `PATCH /v1/agreements/:id`: retire (which abandons the active goal), agree again, or set the
 * maturity level or baseline (kept as history). A retired agreement only accepts being agreed
 * again (409 otherwise).
 */
export function updateAgreement(context: UserRoute<"updateAgreement">): Reply<"updateAgreement"> {
  const { db, user, role, now, params, body } = context;
  const agreement = ownAgreement(db, user, params.id);
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
  const change = agreementChange(agreement, changed, user.id, now.toISOString());
  if (change) db.agreementChanges.push({ agreementId: agreement.id, change });
  emit(context, agreementEvents(agreement, changed, user.id, now));
  return { body: replace(db.agreements, changed) };
}
