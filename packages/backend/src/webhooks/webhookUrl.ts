import { Problem } from "@goalpost/core";

/** Where a webhook may be delivered: what the deployment allows beyond the public internet. */
export interface WebhookUrlOptions {
  /**
   * Deliver to private, link-local and loopback addresses too (and `http` to loopback), for
   * development and for receivers inside the vendor's own network. @default false
   */
  allowPrivate?: boolean;
}

const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The four octets of a dotted IPv4 address, or undefined. */
function octets(host: string): number[] | undefined {
  const match = ipv4.exec(host);
  if (!match) return undefined;
  const parts = match.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

/** The 16-bit groups of an IPv6 address (brackets, a zone and an embedded IPv4 allowed). */
function groups(host: string): number[] | undefined {
  let text = host
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "")
    .toLowerCase();
  if (!text.includes(":")) return undefined;
  const tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (tail?.[1]) {
    const v4 = octets(tail[1]);
    if (!v4) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    text = `${text.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const read = (part: string | undefined) => (part ? part.split(":") : []);
  const head = read(halves[0]);
  const rest = read(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return all.map((g) => Number.parseInt(g, 16));
}

/** Whether an IPv4 address is one no public receiver has (private, loopback, link-local, …). */
function isNonPublicV4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata among them
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) || // IETF protocol assignments
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

/**
 * Whether an address (IPv4 or IPv6, as DNS answers it or as a URL writes it) is private,
 * loopback, link-local, unspecified, multicast or otherwise not on the public internet. An
 * IPv4-mapped or NAT64 IPv6 address is judged by the IPv4 address inside it. Undefined for a
 * name that is no address.
 */
export function isNonPublicAddress(address: string): boolean | undefined {
  const v4 = octets(address);
  if (v4) return isNonPublicV4(v4);
  const v6 = groups(address);
  if (!v6) return undefined;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = v6;
  const embedded = [g6 >> 8, g6 & 255, g7 >> 8, g7 & 255];
  const zeroes = (list: number[]) => list.every((g) => g === 0);
  if (zeroes([g0, g1, g2, g3, g4]) && g5 === 0xffff) return isNonPublicV4(embedded); // ::ffff:a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && zeroes([g2, g3, g4, g5])) return isNonPublicV4(embedded);
  return (
    zeroes([g0, g1, g2, g3, g4, g5, g6]) || // :: and ::1
    (g0 & 0xfe00) === 0xfc00 || // unique local
    (g0 & 0xffc0) === 0xfe80 || // link-local
    (g0 & 0xff00) === 0xff00 // multicast
  );
}

const isLoopbackName = (host: string) => host === "localhost" || host.endsWith(".localhost");
const isLoopback = (host: string) => {
  if (isLoopbackName(host)) return true;
  const v4 = octets(host);
  if (v4) return v4[0] === 127;
  const v6 = groups(host);
  if (!v6) return false;
  return v6.slice(0, 7).every((g) => g === 0) && v6[7] === 1;
};

/**
 * Checks where a webhook endpoint would deliver: an absolute `https` URL without credentials;
 * `http` only to a loopback host, and private, link-local and loopback hosts only when the
 * deployment allows them. A name is checked again once resolved, at each delivery (a name
 * that resolves to a private address is no way around this): see {@link isNonPublicAddress}.
 */
export function checkWebhookUrl(
  text: string,
  options: WebhookUrlOptions = {},
): { url: URL } | Extract<Problem, { kind: "invalid" }> {
  const invalid = (message: string) => Problem.invalid(["url"], message);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return invalid("must be an absolute URL such as https://example.com/goalpost-events");
  }
  if (url.username || url.password) {
    return invalid("must not carry a user name or password: the signature authenticates us");
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol === "http:") {
    if (!isLoopback(host))
      return invalid("must be https (plain http only to this machine, for development)");
  } else if (url.protocol !== "https:") {
    return invalid(`must be https, not ${url.protocol.replace(":", "")}`);
  }
  const nonPublic = isLoopbackName(host) || isNonPublicAddress(host) === true;
  if (nonPublic && !options.allowPrivate) {
    return invalid(
      "must be a public address: private, link-local and loopback ones are refused unless the server allows them (GOALPOST_WEBHOOKS_ALLOW_PRIVATE)",
    );
  }
  return { url };
}
