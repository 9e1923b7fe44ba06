import { Problem } from "../math/Problem.ts";

/** One account's total of a usage metric on one day (`YYYY-MM-DD`). */
export interface UsageDay {
  accountId: string;
  day: string;
  quantity: number;
}

/** A range of whole days, both ends included (`YYYY-MM-DD`). */
export interface DayRange {
  from: string;
  to: string;
}

/** What {@link usageRetention} needs. */
export interface UsageRetentionInput {
  usage: readonly UsageDay[];
  /** When each account became a customer (`YYYY-MM-DD`); accounts not listed are left out. */
  customerSince: Readonly<Record<string, string>>;
  base: DayRange;
  current: DayRange;
  /** The share of its base usage an account must keep to count as retained. @default 0.5 */
  logoThreshold?: number;
}

/** Net Usage Retention and the figures that say how far to trust it. */
export interface UsageRetention {
  /** Accounts that were customers before the base period and used the product in it. */
  cohort: number;
  baseUsage: number;
  currentUsage: number;
  /** Σ current / Σ base over the cohort. */
  nur: number | undefined;
  /** Σ min(current, base) / Σ base: growth left out. */
  grossUsageRetention: number | undefined;
  /** The share of the cohort whose current usage is at least `logoThreshold` × its base. */
  logoUsageRetention: number | undefined;
  /** The median of the cohort's current / base. */
  medianRatio: number | undefined;
  /** The largest account's share of the base usage, and NUR without it. */
  largest: { accountId: string; shareOfBase: number; nurWithout: number | undefined } | undefined;
  /** Customers since the base period began, with usage now: apart from the cohort. */
  newAccounts: { count: number; usage: number };
  /** Earlier customers with no usage in the base period and some now: apart as well. */
  reactivated: { count: number; usage: number };
  /** Days of either period on which no usage arrived for any account. */
  missingDays: { base: number; current: number };
  /** Whether a day is missing: the figures then undercount, and say so. */
  incomplete: boolean;
}

const dayMs = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / dayMs);
const within = (day: number, range: DayRange) =>
  day >= dayNumber(range.from) && day <= dayNumber(range.to);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Each account's usage in the base and the current period, and the days nothing arrived. */
export interface UsageSums {
  base: ReadonlyMap<string, number>;
  current: ReadonlyMap<string, number>;
  /** Days of either period on which no usage arrived at all. */
  missingDays: { base: number; current: number };
}

/**
 * Adds a metric's daily totals up per account and period (the first half of
 * {@link usageRetention}; a server may do it in SQL and give the sums to
 * {@link usageRetentionOfSums}). Only customers' usage is summed; a day counts as arrived when any
 * account's usage came for it (a gap in the feed is a gap whoever it is for). A
 * negative or non-finite total, or a malformed day, is a problem naming it.
 */
export function sumUsage(input: Omit<UsageRetentionInput, "logoThreshold">): UsageSums | Problem {
  const base = new Map<string, number>();
  const current = new Map<string, number>();
  const daysSeen = new Set<number>();
  for (const [index, item] of input.usage.entries()) {
    if (!(item.quantity >= 0) || !Number.isFinite(item.quantity)) {
      return Problem.invalid(
        ["usage", index, "quantity"],
        `must be a total of 0 or more (${item.accountId} on ${item.day}: ${item.quantity})`,
      );
    }
    const day = dayNumber(item.day);
    if (Number.isNaN(day))
      return Problem.invalid(["usage", index, "day"], "must be a YYYY-MM-DD day");
    daysSeen.add(day); // the feed sent something that day, whoever it was for
    if (!(item.accountId in input.customerSince)) continue;
    const into = within(day, input.base) ? base : within(day, input.current) ? current : undefined;
    if (into) into.set(item.accountId, (into.get(item.accountId) ?? 0) + item.quantity);
  }
  const missing = (range: DayRange) => {
    let count = 0;
    for (let d = dayNumber(range.from); d <= dayNumber(range.to); d++)
      if (!daysSeen.has(d)) count++;
    return count;
  };
  return {
    base,
    current,
    missingDays: { base: missing(input.base), current: missing(input.current) },
  };
}

/**
 * Net Usage Retention of a usage metric (see docs/kpis.md for the definition and its reasons):
 * for the cohort of accounts that were customers before the base period and used the product in
 * it, their usage in the current period over their usage in the base period. A negative daily
 * total is refused, as a problem naming it.
 */
export function usageRetention(input: UsageRetentionInput): UsageRetention | Problem {
  const sums = sumUsage(input);
  if ("kind" in sums) return sums;
  return usageRetentionOfSums({ ...input, sums });
}

/** What {@link usageRetentionOfSums} needs: the periods' sums instead of the days. */
export interface UsageSumsInput {
  sums: UsageSums;
  customerSince: Readonly<Record<string, string>>;
  base: DayRange;
  logoThreshold?: number;
}

/**
 * An account's usage sum to the millionth: stores add a period's items up in orders of their
 * own, and sums of decimals differ in their last bits with the order (4194.999999999997 or
 * 4195); kept to the millionth, every store's figures are the same.
 */
const toMillionths = (sum: number) => Math.round(sum * 1e6) / 1e6;

/**
 * The figures of {@link usageRetention} from each account's sums (the second half of it). Each
 * account's sums are taken to the millionth, and the accounts in the order of their ids, so that
 * the figures do not depend on the order a store added or listed anything in.
 */
export function usageRetentionOfSums(input: UsageSumsInput): UsageRetention {
  const threshold = input.logoThreshold ?? 0.5;
  const { base, current, missingDays } = input.sums;
  const baseStart = dayNumber(input.base.from);
  const cohort: { accountId: string; base: number; current: number }[] = [];
  const newAccounts = { count: 0, usage: 0 };
  const reactivated = { count: 0, usage: 0 };
  const customers = Object.entries(input.customerSince).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  for (const [accountId, since] of customers) {
    const before = toMillionths(base.get(accountId) ?? 0);
    const now = toMillionths(current.get(accountId) ?? 0);
    if (dayNumber(since) >= baseStart) {
      if (now > 0) {
        newAccounts.count++;
        newAccounts.usage += now;
      }
    } else if (before > 0) {
      cohort.push({ accountId, base: before, current: now });
    } else if (now > 0) {
      reactivated.count++;
      reactivated.usage += now;
    }
  }

  const baseUsage = cohort.reduce((sum, a) => sum + a.base, 0);
  const currentUsage = cohort.reduce((sum, a) => sum + a.current, 0);
  const ratio = (num: number, den: number) => (den > 0 ? num / den : undefined);
  const largestAccount = cohort.reduce<(typeof cohort)[number] | undefined>(
    (top, a) => (!top || a.base > top.base ? a : top),
    undefined,
  );
  return {
    cohort: cohort.length,
    baseUsage,
    currentUsage,
    nur: ratio(currentUsage, baseUsage),
    grossUsageRetention: ratio(
      cohort.reduce((sum, a) => sum + Math.min(a.base, a.current), 0),
      baseUsage,
    ),
    logoUsageRetention: ratio(
      cohort.filter((a) => a.current >= threshold * a.base).length,
      cohort.length,
    ),
    medianRatio: cohort.length ? median(cohort.map((a) => a.current / a.base)) : undefined,
    largest: largestAccount && {
      accountId: largestAccount.accountId,
      shareOfBase: largestAccount.base / baseUsage,
      nurWithout: ratio(currentUsage - largestAccount.current, baseUsage - largestAccount.base),
    },
    newAccounts,
    reactivated,
    missingDays: { ...missingDays },
    incomplete: missingDays.base + missingDays.current > 0,
  };
}

/**
 * The default periods of {@link usageRetention} on `asOf` (`YYYY-MM-DD`): the last three full
 * months against the same three months a year earlier (`yoy`, seasonality cancels out), or the
 * last full month against the one before (`mom`: noisy, marked so).
 */
export function usagePeriods(
  asOf: string,
  variant: "yoy" | "mom" = "yoy",
): { base: DayRange; current: DayRange; noisy: boolean } {
  const [year = 0, month = 1] = asOf.split("-").map(Number);
  // Month m of year y (1-based, any integer m) as its first and last day.
  const monthRange = (y: number, m: number, months: number): DayRange => {
    const first = new Date(Date.UTC(y, m - 1, 1));
    const last = new Date(Date.UTC(y, m - 1 + months, 0));
    return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
  };
  if (variant === "mom") {
    return {
      current: monthRange(year, month - 1, 1),
      base: monthRange(year, month - 2, 1),
      noisy: true,
    };
  }
  return {
    current: monthRange(year, month - 3, 3),
    base: monthRange(year - 1, month - 3, 3),
    noisy: false,
  };
}
