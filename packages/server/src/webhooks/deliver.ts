import { promises as dns, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { deliveryLimits, isNonPublicAddress, responseExcerpt } from "@goalpost/backend";

/** What one attempt got: the receiver's answer (status and excerpt), or why none came. */
export type DeliveryOutcome =
  | {
      status: number;
      /** The start of the answer's body, as the delivery log keeps it. */
      excerpt: string;
      /** Why an answer that is not a failure by its status alone is one (a redirect). */
      error?: string;
    }
  | { error: string };

/** Options of {@link deliver}. */
export interface DeliverOptions {
  /** The longest the attempt may take, connecting, sending and reading the answer, in ms. */
  timeoutMs: number;
  /** Deliver to private, link-local and loopback addresses too. @default false */
  allowPrivate?: boolean;
  /** How much of an answer is read before the connection is dropped, in bytes. @default deliveryLimits.maxResponseBytes */
  maxResponseBytes?: number;
  /** Resolves a host name to every address it has. @default dns.lookup with `all` */
  resolve?: Resolve;
}

/** Resolves a host name to every address it has, as `dns.lookup` with `all: true` does. */
export type Resolve = (hostname: string, family?: number) => Promise<LookupAddress[]>;

const lookupAll: Resolve = (hostname, family) =>
  dns.lookup(hostname, { all: true, ...(family ? { family } : {}) });

/** A refusal to connect, said as the delivery log says it. */
class RefusedAddress extends Error {}

const refusal = (address: string) => `refused: ${address} is not a public address`;

/**
 * A `lookup` for the request that resolves the host itself and refuses it when any of its
 * addresses is not public: the connection then goes to an address that was checked, so a name
 * that answers a public address to the check and a private one to the connection (DNS
 * rebinding) reaches nothing.
 */
function checkedLookup(resolve: Resolve, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === "IPv6" ? 6 : options.family === "IPv4" ? 4 : options.family;
    resolve(hostname, family || undefined).then(
      (addresses) => {
        const refused = allowPrivate
          ? undefined
          : addresses.find((a) => isNonPublicAddress(a.address) !== false);
        if (refused) return callback(new RefusedAddress(refusal(refused.address)), "", 0);
        if (options.all) return callback(null, addresses);
        const first = addresses[0];
        if (!first) return callback(new Error(`${hostname} has no address`), "", 0);
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}

/** Why no answer came, in a short sentence for the delivery log. */
function failure(error: unknown, host: string): string {
  if (error instanceof RefusedAddress) return error.message;
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
      return "connection reset by the receiver";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `could not resolve ${host}`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `${host} is unreachable`;
    default:
      return code?.startsWith("ERR_TLS") || code?.includes("CERT")
        ? `TLS: ${message}`
        : message || String(code);
  }
}

/**
 * Makes one delivery attempt: POSTs `body` with `headers` (a `deliveryRequest`) to `url` over
 * node:http(s), on a connection of its own. The host's addresses are checked before connecting
 * ({@link checkedLookup}; an address written in the URL too); the whole attempt is bounded by
 * `timeoutMs`; at most `maxResponseBytes` of the answer are read, then the connection is
 * dropped, so that a slow, huge or endless answer cannot hold the worker. Redirects are not
 * followed: a 3xx is a failure. Never rejects.
 */
export function deliver(
  url: string,
  request: { body: string; headers: Record<string, string> },
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const allowPrivate = options.allowPrivate ?? false;
  const limit = options.maxResponseBytes ?? deliveryLimits.maxResponseBytes;
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0 && !allowPrivate && isNonPublicAddress(host) !== false) {
    return Promise.resolve({ error: refusal(host) });
  }
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: DeliveryOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
    const req = send(target, {
      method: "POST",
      hostname: host,
      headers: { ...request.headers, "content-length": Buffer.byteLength(request.body) },
      lookup: checkedLookup(options.resolve ?? lookupAll, allowPrivate),
      agent: false,
    });
    const timer = setTimeout(
      () => settle({ error: `timed out after ${options.timeoutMs} ms` }),
      options.timeoutMs,
    );
    req.on("error", (error) => settle({ error: failure(error, host) }));
    req.on("response", (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let read = 0;
      const answered = () => {
        const excerpt = responseExcerpt(Buffer.concat(chunks).subarray(0, limit).toString("utf8"));
        const location = res.headers.location;
        settle(
          status >= 300 && status < 400
            ? {
                status,
                excerpt,
                error: `redirect${location ? ` to ${location}` : ""} not followed`,
              }
            : { status, excerpt },
        );
      };
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        read += chunk.length;
        if (read >= limit) answered(); // enough: the rest is not read
      });
      res.on("end", answered);
      res.on("error", (error) => settle({ error: failure(error, host) }));
    });
    req.end(request.body);
  });
}
