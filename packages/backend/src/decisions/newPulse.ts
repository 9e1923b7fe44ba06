import type { CreatePulseBody, Pulse, User } from "@goalpost/core/contract";
import { newId } from "../rules/newId.ts";

/** The pulse `POST /v1/pulses` stores: the user's perceived value (1–5) for a touchpoint, now. */
export function newPulse(body: CreatePulseBody, user: User, now: Date): Pulse {
  return {
    id: newId("pulse"),
    accountId: user.accountId,
    roleId: user.roleId,
    userId: user.id,
    touchpoint: body.touchpoint,
    score: body.score,
    ...(body.comment !== undefined ? { comment: body.comment } : {}),
    at: now.toISOString(),
  };
}
