import type { Endpoint } from "@goalpost/core/contract";

/** The status of a success: the endpoint's own, or 200 for an idempotent replay. */
export function successStatus(endpoint: Endpoint, reply: { replayed?: true }): 200 | 201 {
  return reply.replayed ? 200 : endpoint.status;
}
