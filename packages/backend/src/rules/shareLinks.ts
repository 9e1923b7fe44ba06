import type { CreateShareLinkBody, ShareLink } from "@goalpost/core/contract";
import { encodeBase64Url } from "../base64url.ts";

/** The default life of a share link: two weeks, time for a champion's meeting with their exec. */
export const defaultShareLinkDays = 14;

/** A new share link's secret: 32 random bytes, base64url (43 characters). */
export function newShareToken(): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** What stores keep of a token: its SHA-256, hex. A leaked table opens no report. */
export async function shareTokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** When a link made at `now` with `body` expires. */
export function shareLinkExpiry(body: CreateShareLinkBody, now: Date): string {
  const days = body.days ?? defaultShareLinkDays;
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

/** Whether a link's page opens at `now`: until it expires (exclusive) and unless revoked. */
export function shareLinkState(
  link: Pick<ShareLink, "expiresAt" | "revokedAt">,
  now: Date,
): "open" | "expired" | "revoked" {
  if (link.revokedAt !== undefined) return "revoked";
  return now.getTime() < Date.parse(link.expiresAt) ? "open" : "expired";
}
