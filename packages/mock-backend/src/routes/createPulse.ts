import { newPulse, pulseEvent } from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { emit } from "../webhooks/emit.ts";

/** `POST /v1/pulses`: the user's perceived value (1–5) for a touchpoint. */
export function createPulse(context: UserRoute<"createPulse">): Reply<"createPulse"> {
  const { db, user, now, body } = context;
  const pulse = newPulse(body, user, now);
  db.pulses.push(pulse);
  emit(context, [pulseEvent(pulse)]);
  return { body: pulse };
}
