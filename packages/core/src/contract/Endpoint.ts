import type * as z from "zod/mini";

/**
 * Describes one endpoint of the HTTP contract. The clients are driven by these tables; the
 * OpenAPI document is generated from them plus the prose in scripts/endpointDocs.ts.
 */
export interface Endpoint {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Express-style path, e.g. `/v1/goals/:id`. */
  path: string;
  /**
   * `user`: a signed user token; `admin`: the admin key; `console`: a read that takes the admin
   * key or a console token (a JWT signed with the admin key, `scope: "console"`), never a write.
   */
  auth: "user" | "admin" | "console";
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** Status of a success; 201 endpoints answer 200 to an idempotent replay. */
  status: 200 | 201;
  /**
   * A write that is safe to repeat (GET and PUT always are): a POST with a client-generated id, a
   * PATCH that sets values, a DELETE that answers the tombstone again.
   */
  idempotent?: true;
}
