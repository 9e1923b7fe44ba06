import { CreatePulseBody, type Pulse } from "@goalpost/core";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";
import { readJsonBody } from "../http/readJsonBody.ts";
import { newId } from "../store/newId.ts";

/** `POST /v1/pulses`: the user's perceived value (1–5) for a touchpoint. */
export async function createPulse(context: UserRouteContext): Promise<Reply> {
  const { db, user, now } = context;
  const body = await readJsonBody(context.request, CreatePulseBody);
  const pulse: Pulse = {
    id: newId("pulse"),
    accountId: user.accountId,
    roleId: user.roleId,
    userId: user.id,
    touchpoint: body.touchpoint,
    score: body.score,
    ...(body.comment !== undefined ? { comment: body.comment } : {}),
    at: now.toISOString(),
  };
  db.pulses.push(pulse);
  return { status: 201, body: pulse };
}
