import { newPulse } from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { pulseParams } from "../store/rows.ts";

/** `POST /v1/pulses`: the user's perceived value (1–5) for a touchpoint. */
export async function createPulse(
  context: UserRoute<"createPulse">,
): Promise<Reply<"createPulse">> {
  const { server, user, now, body } = context;
  const pulse = newPulse(body, user, now);
  await server.db.query(
    `INSERT INTO pulses (id, account_id, role_id, user_id, touchpoint, score, comment, at)
     VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, $6::smallint, $7::text,
       $8::timestamptz)`,
    pulseParams(pulse),
  );
  return { body: pulse };
}
