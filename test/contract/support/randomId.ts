import { randomUUID } from "node:crypto";

/** A fresh contract id (`prefix-<uuid>`), so that tests never share accounts, users or ids. */
export function randomId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

/** An ISO date-time `days` from now (negative for the past). */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}
