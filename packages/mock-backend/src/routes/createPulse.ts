import { newPulse } from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";

/** `POST /v1/pulses`: the user's perceived value (1–5) for a touchpoint. */
export function createPulse(context: UserRoute<"createPulse">): Reply<"createPulse"> {
  const { db, user, now, body } = context;
  const pulse = newPulse(body, user, now);
  db.pulses.push(pulse);
  return { body: pulse };
}
