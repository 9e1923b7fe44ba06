import { orThrow, pulseCommentPage } from "@goalpost/backend";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";

/** `GET /v1/admin/pulses/comments`: pulses with a comment, newest first, by the backend's rule. */
export function listPulseComments(
  context: AdminRoute<"listPulseComments">,
): Reply<"listPulseComments"> {
  return { body: orThrow(pulseCommentPage(context.db.pulses, context.query)) };
}
