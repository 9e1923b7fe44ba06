import type { Endpoint } from "@goalpost/core/contract";
import { type BodyReader, readJsonBody } from "./readJsonBody.ts";
import { readQuery } from "./readQuery.ts";

/** The largest bodies a backend reads, in bytes: user endpoints', and admin endpoints'. */
export interface BodyLimits {
  maxBodyBytes: number;
  maxAdminBodyBytes: number;
}

/** An endpoint's input as read: the body and query its schemas gave, and the path's parameters. */
export interface ReadInput {
  body: unknown;
  query: unknown;
  params: Record<string, string>;
}

/**
 * Reads and validates an endpoint's input from a request, with the endpoint's own schemas: the
 * JSON body (400, 413 past the limit for the endpoint's auth, 422) when it takes one, then the
 * query (422) when it takes one. Path parameters pass through as the router matched them.
 * `readBytes` reads the body (see `BodyReader`).
 */
export async function readEndpointInput(
  endpoint: Endpoint,
  request: Request,
  params: Record<string, string>,
  limits: BodyLimits,
  readBytes?: BodyReader,
): Promise<ReadInput> {
  const maxBytes = endpoint.auth === "user" ? limits.maxBodyBytes : limits.maxAdminBodyBytes;
  const body = endpoint.body
    ? await readJsonBody(request, endpoint.body, maxBytes, readBytes)
    : undefined;
  const query = endpoint.query ? readQuery(new URL(request.url), endpoint.query) : undefined;
  return { body, query, params };
}
