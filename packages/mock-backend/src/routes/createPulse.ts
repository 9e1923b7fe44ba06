import { newPulse, readJsonBody } from "@goalpost/backend";
import { CreatePulseBody } from "@goalpost/core";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";

/** `POST /v1/pulses`: the user's perceived value (1–5) for a touchpoint. */
export async function createPulse(context: UserRouteContext): Promise<Reply> {
  const { db, user, now } = context;
  const body = await readJsonBody(context.request, CreatePulseBody);
  const pulse = newPulse(body, user, now);
  db.pulses.push(pulse);
  return { status: 201, body: pulse };
}
