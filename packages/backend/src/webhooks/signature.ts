import { hmacKey } from "../auth/hmacKey.ts";

/** The header each webhook delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256>[,v1=…]`. */
export const signatureHeader = "goalpost-signature";

/** How far a delivery's timestamp may be from the receiver's clock before it is refused. */
export const defaultToleranceSeconds = 300;

const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** What is signed: the timestamp, a dot, and the raw body exactly as sent. */
const signedText = (timestamp: number, body: string) => `${timestamp}.${body}`;

/**
 * The signature header for a delivery of `body` at `timestamp` (unix seconds): one `v1` per
 * secret, so that during a rotation a receiver holding either secret accepts it.
 * @example await signWebhook(["whsec_…"], 1764806400, '{"id":"evt_1"}') // "t=1764806400,v1=5f…"
 */
export async function signWebhook(
  secrets: readonly string[],
  timestamp: number,
  body: string,
): Promise<string> {
  if (secrets.length === 0) throw new TypeError("a webhook is signed with at least one secret");
  if (!Number.isInteger(timestamp) || timestamp < 0) {
    throw new TypeError(`the timestamp must be whole unix seconds, not ${timestamp}`);
  }
  const parts = [`t=${timestamp}`];
  for (const secret of secrets) {
    const mac = await crypto.subtle.sign(
      "HMAC",
      await hmacKey(secret),
      encoder.encode(signedText(timestamp, body)),
    );
    parts.push(`v1=${hex(mac)}`);
  }
  return parts.join(",");
}

/** Why a delivery was refused, or that it is genuine and fresh. */
export type WebhookVerification =
  | { ok: true; timestamp: number }
  | { ok: false; reason: "malformed" | "stale" | "mismatch"; message: string };

const fromHex = (text: string) => {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

/**
 * What a receiver does with a delivery: the header must parse, its timestamp be within
 * `toleranceSeconds` of `now` (an old delivery replayed is refused), and one of its `v1`
 * signatures match the raw body under one of `secrets` (checked by Web Crypto, in constant time).
 */
export async function verifyWebhook(
  header: string | null | undefined,
  body: string,
  secrets: readonly string[],
  now: Date,
  toleranceSeconds = defaultToleranceSeconds,
): Promise<WebhookVerification> {
  const fields = (header ?? "").split(",").map((part) => part.trim().split("="));
  const timestamps = fields.filter(([name]) => name === "t").map(([, value]) => value ?? "");
  const signatures = fields
    .filter(([name, value]) => name === "v1" && /^[0-9a-f]{64}$/.test(value ?? ""))
    .map(([, value]) => fromHex(value ?? ""));
  const [stamp] = timestamps;
  if (timestamps.length !== 1 || !stamp || !/^\d{1,12}$/.test(stamp) || signatures.length === 0) {
    return {
      ok: false,
      reason: "malformed",
      message: `the ${signatureHeader} header must be t=<unix seconds>,v1=<64 hex digits>`,
    };
  }
  const timestamp = Number(stamp);
  const drift = Math.abs(now.getTime() / 1000 - timestamp);
  if (drift > toleranceSeconds) {
    return {
      ok: false,
      reason: "stale",
      message: `the delivery is ${Math.round(drift)} s from this clock, over ${toleranceSeconds} s: refused as a replay`,
    };
  }
  const signed = encoder.encode(signedText(timestamp, body));
  for (const secret of secrets) {
    const key = await hmacKey(secret);
    for (const signature of signatures) {
      if (await crypto.subtle.verify("HMAC", key, signature, signed))
        return { ok: true, timestamp };
    }
  }
  return {
    ok: false,
    reason: "mismatch",
    message: "no signature matches the body under this secret",
  };
}
