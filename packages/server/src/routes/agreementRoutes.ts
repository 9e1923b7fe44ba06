import {
  agreementChange,
  agreementEvents,
  changeAgreement,
  checkOwner,
  isNewlyRetired,
  newAgreement,
  orThrow,
} from "@goalpost/backend";
import { conflictOnDuplicate } from "../http/conflictOnDuplicate.ts";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import {
  findAgreement,
  findOpenAgreement,
  insertAgreement,
  updateAgreement as storeAgreement,
} from "../store/agreements.ts";
import { insertAgreementChange } from "../store/corrections.ts";
import { abandonActiveGoal, settleOverdue } from "../store/goals.ts";
import { storedTimes } from "../store/storedTimes.ts";
import { writeEvents } from "../webhooks/outbox.ts";

/** `POST /v1/agreements`: the user's role agrees a metric (proposed by the customer, agreed now). */
export async function createAgreement(
  context: UserRoute<"createAgreement">,
): Promise<Reply<"createAgreement">> {
  const { server, user, role, catalog, now } = context;
  const body = storedTimes(context.body);
  const agreement = await conflictOnDuplicate(() =>
    server.db.transaction(async (tx) => {
      const owner = { accountId: user.accountId, roleId: role.id, metricId: body.metricId };
      const open = await findOpenAgreement(tx, owner);
      const created = orThrow(
        newAgreement({
          body,
          accountId: user.accountId,
          role,
          metrics: catalog.metrics,
          open,
          now,
        }),
      );
      const events = server.webhooks.enabled
        ? agreementEvents(undefined, created, user.id, now)
        : [];
      await Promise.all([insertAgreement(tx, created), writeEvents(tx, events)]);
      return created;
    }),
  );
  server.webhooks.written();
  return { body: agreement };
}

/**
 * `PATCH /v1/agreements/:id`: retire (which abandons the active goal), agree again, or set the
 * maturity level or baseline (kept as history). A retired agreement only accepts being agreed
 * again (409 otherwise).
 */
export async function updateAgreement(
  context: UserRoute<"updateAgreement">,
): Promise<Reply<"updateAgreement">> {
  const { server, user, role, catalog, now, params } = context;
  const body = storedTimes(context.body);
  const id = params.id;
  const changed = await conflictOnDuplicate(() =>
    server.db.transaction(async (tx) => {
      const agreement = orThrow(
        checkOwner("agreement", id, await findAgreement(tx, id, true), user),
      );
      await settleOverdue(tx, agreement.id, now);
      const other = await findOpenAgreement(tx, agreement, agreement.id);
      const next = orThrow(
        changeAgreement({ agreement, body, role, metrics: catalog.metrics, other, now }),
      );
      const events = server.webhooks.enabled ? agreementEvents(agreement, next, user.id, now) : [];
      await Promise.all([storeAgreement(tx, next), writeEvents(tx, events)]);
      const change = agreementChange(agreement, next, user.id, now.toISOString());
      if (change) await insertAgreementChange(tx, agreement.id, change);
      if (isNewlyRetired(agreement, next)) {
        await abandonActiveGoal(tx, agreement.id, next.retiredAt ?? now.toISOString());
      }
      return next;
    }),
  );
  server.webhooks.written();
  return { body: changed };
}
