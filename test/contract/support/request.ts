import { target } from "./target.ts";

/** One HTTP request of the suite. */
export interface RequestOptions {
  /** Full `Authorization` header value; omitted when undefined. */
  authorization?: string | undefined;
  /** A value sent as JSON. */
  json?: unknown;
  /** Raw body text, sent as `application/json` (for malformed bodies). Wins over `json`. */
  text?: string;
  /** Query parameters. */
  query?: Record<string, string>;
  /** Per-request timeout. @default 15000 */
  timeoutMs?: number;
}

/** What came back: status, parsed JSON body (or `undefined`) and the raw text. */
export interface Reply {
  status: number;
  /** The body parsed as JSON, `undefined` when empty or not JSON. */
  body: unknown;
  text: string;
  contentType: string | null;
  /** `METHOD path`, for assertion messages. */
  label: string;
}

/**
 * Sends one request to the deployment under test with global `fetch` (its connection pool keeps
 * connections alive between requests).
 */
export async function request(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<Reply> {
  const url = new URL(`${target.baseUrl}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    url.searchParams.set(name, value);
  }
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  let body: string | undefined;
  if (options.text !== undefined) body = options.text;
  else if (options.json !== undefined) body = JSON.stringify(options.json);
  if (body !== undefined) headers["content-type"] = "application/json";

  const label = `${method} ${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new Error(`${label} failed without an HTTP answer`, { cause: error });
  }
  const text = await response.text();
  return {
    status: response.status,
    body: parseJson(text),
    text,
    contentType: response.headers.get("content-type"),
    label,
  };
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
