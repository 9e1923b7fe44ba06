import type { AccountRoleState, RiskFlag, Touchpoint } from "@goalpost/core/contract";

/** A state as the table says it. */
export const stateWords: Record<AccountRoleState, string> = {
  "no-measures": "No measures",
  measuring: "Measuring",
  gain: "Gain",
  "goal-achieved": "Goal achieved",
};

/** A risk flag as the table says it. */
export const flagWords: Record<RiskFlag, string> = {
  regression: "Below baseline",
  "missed-goal": "Missed a goal",
  "low-value": "Low perceived value",
  "no-recent-entry": "No recent entry",
};

/** A pulse touchpoint as a heading. */
export const touchpointWords: Record<Touchpoint, string> = {
  overall: "Overall",
  problem: "The problem it solves",
  product: "The product",
  training: "Training",
  pricing: "Pricing",
  support: "Support",
};

/** "1 account", "3 accounts". */
export function count(n: number, one: string, many: string): string {
  return `${new Intl.NumberFormat("en").format(n)} ${n === 1 ? one : many}`;
}

/** A fraction as a whole percentage: 0.667 → "67%". */
export function percent(fraction: number): string {
  return new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 }).format(
    fraction,
  );
}

/** A date as "Dec 3, 2026". */
export function day(iso: string): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(iso),
  );
}

/** A time as "Dec 3, 2026, 9:30 AM UTC". */
export function moment(iso: string): string {
  return `${new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso))} UTC`;
}
