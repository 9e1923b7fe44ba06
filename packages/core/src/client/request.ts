import ky, { HTTPError, TimeoutError as KyTimeoutError } from "ky";
import type * as z from "zod/mini";
import type { Endpoint } from "../contract/Endpoint.ts";
import { ErrorBody } from "../contract/errors.ts";
import { Id } from "../contract/primitives.ts";
import { toValidationIssues } from "../contract/toValidationIssues.ts";
import { validateBody } from "../contract/validateBody.ts";
import type { GoalpostError } from "../errors/GoalpostError.ts";
import { HttpError } from "../errors/HttpError.ts";
import { NetworkError } from "../errors/NetworkError.ts";
import { TimeoutError } from "../errors/TimeoutError.ts";
import { ValidationError } from "../errors/ValidationError.ts";

/** What a successful call to an endpoint resolves to. */
export type EndpointResult<E extends Endpoint> = z.output<E["response"]>;

/** Connection settings shared by the user and the admin client. */
export interface RequestConfig {
  /** Base URL of the Goalpost API; the endpoint's path is appended. */
  apiBase: string;
  /** @default globalThis.fetch, looked up at each request */
  fetch?: typeof fetch | undefined;
  /** Milliseconds to wait for each attempt's response. @default 10_000 */
  timeout?: number | undefined;
  /** Retries for requests that are safe to repeat. @default 2 */
  retry?: number | undefined;
}

/** The parts of one call: the path parameter (`:id`), the body and the query. */
export interface RequestInput {
  id?: string;
  body?: unknown;
  query?: unknown;
}

const retryStatuses = [408, 429, 500, 502, 503, 504];

/**
 * Calls one endpoint of the contract: validates the path id, query and body before sending,
 * sends them with `Authorization: Bearer <credential>`, retries only what is safe to repeat, and
 * validates the response. Every failure is a {@link GoalpostError} subclass with `cause` set.
 */
export async function request<E extends Endpoint>(
  config: RequestConfig,
  name: string,
  endpoint: E,
  credential: string,
  input: RequestInput = {},
): Promise<EndpointResult<E>> {
  const { method } = endpoint;
  const path = endpoint.path.replace(/:\w+/, () =>
    encodeURIComponent(check(Id, input.id, `${name} id`)),
  );
  const json = endpoint.body && checkBody(endpoint.body, input.body, `${name} request body`);
  const query = endpoint.query && check(endpoint.query, input.query ?? {}, `${name} query`);
  const search = new URLSearchParams(
    Object.entries(query ?? {}).filter(([, value]) => value !== undefined),
  ).toString();
  const url = `${config.apiBase.replace(/\/+$/, "")}${path}${search && `?${search}`}`;
  const timeout = config.timeout ?? 10_000;
  const safe = method === "GET" || method === "PUT" || endpoint.idempotent === true;

  let response: Response;
  try {
    response = await ky(url, {
      method,
      json,
      timeout,
      headers: { accept: "application/json", authorization: `Bearer ${credential}` },
      fetch: config.fetch ?? ((resource, init) => globalThis.fetch(resource, init)),
      retry: {
        limit: safe ? (config.retry ?? 2) : 0,
        methods: [method.toLowerCase()],
        statusCodes: retryStatuses,
        retryOnTimeout: true,
      },
    });
  } catch (error) {
    throw await toClientError(error, method, url, timeout);
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new NetworkError(method, url, { cause: error });
  }
  const where = `${method} ${endpoint.path} response`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(where, [{ path: [], message: "is not JSON" }], { cause: error });
  }
  return check(endpoint.response, data, where) as EndpointResult<E>;
}

function check<T extends z.ZodMiniType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ValidationError(where, toValidationIssues(result.error), { cause: result.error });
  }
  return result.data;
}

/** A request body: the schema, and no unknown field at any depth. */
function checkBody<T extends z.ZodMiniType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = validateBody(schema, value);
  if (!result.success) throw new ValidationError(where, result.issues);
  return result.data;
}

async function toClientError(
  error: unknown,
  method: string,
  url: string,
  timeout: number,
): Promise<GoalpostError> {
  if (error instanceof HTTPError) {
    const body = ErrorBody.safeParse(await error.response.json().catch(() => undefined));
    const { status } = error.response;
    return new HttpError(status, body.data, method, url, { cause: error });
  }
  if (error instanceof KyTimeoutError)
    return new TimeoutError(method, url, timeout, { cause: error });
  // fetch rejects with a TypeError when the server cannot be reached (offline, DNS, CORS).
  return new NetworkError(method, url, { cause: error });
}
