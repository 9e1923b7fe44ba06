/** One account's recurring revenue at the two ends of a period. */
export interface RevenueAccount {
  accountId: string;
  /** ARR at the period's start; 0 when it was not a customer then. */
  startArr: number;
  /** ARR at the period's end; 0 when it has churned (never left out). */
  endArr: number;
}

/** NRR, GRR and logo churn of a period, with what each is computed from. */
export interface RevenueRetention {
  /** Accounts with ARR at the start: the cohort every ratio is about. */
  cohort: number;
  startArr: number;
  /** The cohort's ARR at the end, churned accounts at 0. */
  endArr: number;
  /** endArr / startArr: expansion counts, churn and contraction count against. */
  nrr: number | undefined;
  /** Σ min(end, start) / startArr: what was kept, expansion left out. */
  grr: number | undefined;
  logoChurn: { churned: number; rate: number | undefined };
  /** Accounts that became customers during the period: reported apart, never in the cohort. */
  newAccounts: { count: number; endArr: number };
}

/**
 * Net and gross revenue retention and logo churn over a period, as a CFO reads them: the cohort
 * is the accounts paying at its start; an account that churned counts at 0 and is never dropped;
 * new accounts are reported beside the cohort, not mixed into it.
 */
export function revenueRetention(accounts: readonly RevenueAccount[]): RevenueRetention {
  let cohort = 0;
  let startArr = 0;
  let endArr = 0;
  let kept = 0;
  let churned = 0;
  const newAccounts = { count: 0, endArr: 0 };
  for (const account of accounts) {
    if (!(account.startArr >= 0 && account.endArr >= 0)) {
      throw new RangeError(`ARR cannot be negative or missing (account "${account.accountId}")`);
    }
    if (account.startArr === 0) {
      if (account.endArr > 0) {
        newAccounts.count++;
        newAccounts.endArr += account.endArr;
      }
      continue;
    }
    cohort++;
    startArr += account.startArr;
    endArr += account.endArr;
    kept += Math.min(account.startArr, account.endArr);
    if (account.endArr === 0) churned++;
  }
  return {
    cohort,
    startArr,
    endArr,
    nrr: startArr > 0 ? endArr / startArr : undefined,
    grr: startArr > 0 ? kept / startArr : undefined,
    logoChurn: { churned, rate: cohort > 0 ? churned / cohort : undefined },
    newAccounts,
  };
}

/**
 * An account's ARR on `date` from its dated amounts (snapshots and contract events, a churn being
 * an amount of 0): the last amount on or before the date, 0 before the first.
 */
export function arrAt(amounts: readonly { at: string; amount: number }[], date: string): number {
  let found: { time: number; amount: number } | undefined;
  const until = Date.parse(date);
  for (const { at, amount } of amounts) {
    const time = Date.parse(at);
    if (time <= until && (!found || time >= found.time)) found = { time, amount };
  }
  return found?.amount ?? 0;
}
