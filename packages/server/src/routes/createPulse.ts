import { newPulse, pulseEvent } from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { pulseParams } from "../store/rows.ts";
import { outboxCtes, outboxParam } from "../webhooks/outbox.ts";

/** `POST /v1/pulses`: the user's perceived value (1–5) for a touchpoint, and its event. */
export async function createPulse(
  context: UserRoute<"createPulse">,
): Promise<Reply<"createPulse">> {
  const { server, user, now, body } = context;
  const pulse = newPulse(body, user, now);
  const events = server.webhooks.enabled ? [pulseEvent(pulse)] : [];
  // One statement: the pulse and its event are stored together or not at all.
  await server.db.query(
    `WITH pulse AS (
       INSERT INTO pulses (id, account_id, role_id, user_id, touchpoint, score, comment, at)
       VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, $6::smallint, $7::text,
         $8::timestamptz)
     ), ${outboxCtes(9)}
     SELECT 1`,
    [...pulseParams(pulse), outboxParam(events)],
  );
  if (events.length > 0) server.webhooks.written();
  return { body: pulse };
}
