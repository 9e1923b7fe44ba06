import type { Endpoint, endpoints } from "@goalpost/core/contract";
import type * as z from "zod/mini";

/** The contract's endpoints, by name (`createGoal`, `getKpis`, …). */
export type Endpoints = typeof endpoints;

/** The name of one endpoint of the contract. */
export type EndpointName = keyof Endpoints;

/** The names of a path's parameters: `"id"` for `/v1/goals/:id`. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** What a schema of the endpoint gives once it has checked the input, or `undefined` without one. */
type Parsed<E extends Endpoint, K extends "body" | "query"> = E[K] extends z.ZodMiniType
  ? z.infer<E[K]>
  : undefined;

/**
 * An endpoint's input, read and validated against the contract before its handler runs: the body
 * and the query as their schemas give them (`undefined` where the endpoint has none) and the
 * path's parameters by name.
 */
export interface EndpointInput<N extends EndpointName> {
  body: Parsed<Endpoints[N], "body">;
  query: Parsed<Endpoints[N], "query">;
  params: { [P in ParamNames<Endpoints[N]["path"]>]: string };
}

/** What a handler answers on success; the status comes from the endpoint's table entry. */
export interface EndpointReply<N extends EndpointName> {
  /** The response body, of the endpoint's response schema. */
  body: z.infer<Endpoints[N]["response"]>;
  /** The same write came again and was answered from what is stored: 200 rather than 201. */
  replayed?: true;
}

/** One endpoint's handler: the backend's context for the endpoint's auth, and its parsed input. */
export type Handler<N extends EndpointName, Context> = (
  context: Context & EndpointInput<N>,
) => EndpointReply<N> | Promise<EndpointReply<N>>;

/**
 * A handler for every endpoint of the contract, by name: a missing or extra one, or one whose
 * input or reply does not fit its endpoint, does not compile. User endpoints get `UserContext`
 * (the signed-in user), admin endpoints `AdminContext`.
 */
export type Handlers<UserContext, AdminContext> = {
  [N in EndpointName]: Handler<N, Endpoints[N]["auth"] extends "user" ? UserContext : AdminContext>;
};
