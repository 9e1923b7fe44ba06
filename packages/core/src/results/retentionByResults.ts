import { type BootstrapOptions, bootstrapRatio } from "./bootstrapRatio.ts";
import { fisherExact } from "./fisherExact.ts";
import { type DifferenceInterval, newcombeDifference } from "./newcombeDifference.ts";
import { type ResultsState, resultsStates } from "./resultsStateAt.ts";
import { type Interval, wilsonInterval } from "./wilsonInterval.ts";

/** One renewal that fell in the period: whether the account renewed, and its ARR either side. */
export interface RenewalOutcome {
  accountId: string;
  /** When the contract came up for renewal. */
  renewalAt: string;
  /** Renewed (also when downgraded); false when it churned. */
  renewed: boolean;
  /** ARR before the renewal and after it (0 when it churned). */
  arrBefore: number;
  arrAfter: number;
}

/** What {@link retentionByResults} needs. */
export interface RetentionByResultsInput {
  renewals: readonly RenewalOutcome[];
  /** The account's customer-results state at a date (see `resultsStateAt`). */
  stateAt: (accountId: string, at: string) => ResultsState;
  /** Days before each renewal at which the state is read. @default 90 */
  indexDays?: number;
  bootstrap?: BootstrapOptions;
  /**
   * The account's average relative gain at a date (see `averageGainAt`), for the dose-response;
   * without it the report has none.
   */
  gainAt?: (accountId: string, at: string) => number | undefined;
}

/** Renewals of the accounts whose average gain at the index date fell in one fifth of them. */
export interface GainQuintile {
  /** 1 (smallest gains) to 5. */
  quintile: number;
  /** The smallest and largest average gain in it. */
  gain: { min: number; max: number };
  renewals: number;
  renewed: number;
  renewalRate: Interval;
  directional: boolean;
}

/** Renewal outcomes of the accounts in one customer-results state. */
export interface ResultsGroup {
  state: ResultsState;
  /** Accounts with a renewal in the group (an account may be in two groups, a renewal in one). */
  accounts: number;
  /** Renewals in the group (an account renewing twice in the period counts twice). */
  renewals: number;
  renewed: number;
  /** The renewal rate with its Wilson 95 % interval; undefined for an empty group. */
  renewalRate: Interval | undefined;
  /** NRR and GRR over the group's renewals, with bootstrap intervals over them. */
  nrr: Interval | undefined;
  grr: Interval | undefined;
  /** Under 20 renewals, or under 5 renewed or churned: a direction, not a finding. */
  directional: boolean;
  /** Against `no-measures`: the difference in renewal rate (Newcombe) and Fisher's p. */
  versusNoMeasures: { difference: DifferenceInterval; p: number } | undefined;
}

/** The report: every group, what was compared, and what it cannot say. */
export interface RetentionByResults {
  indexDays: number;
  groups: ResultsGroup[];
  /**
   * Renewal rate by fifths of the average gain at the index date, over the renewals with a gain
   * to read (fewer than 5: none); `withoutGain` counts the renewals left out.
   */
  doseResponse: { quintiles: GainQuintile[]; withoutGain: number } | undefined;
  /** Every comparison made, so none is fished for afterwards. */
  comparisons: string[];
  caveat: string;
}

/** The date `indexDays` before a renewal, at which its account is read. */
export const indexDateOf = (renewal: RenewalOutcome, indexDays: number) =>
  new Date(Date.parse(renewal.renewalAt) - indexDays * 86_400_000).toISOString();

/** Under 20 renewals, or under 5 renewed or 5 churned: a direction, not a finding. */
const isDirectional = (renewals: number, renewed: number) =>
  renewals < 20 || Math.min(renewed, renewals - renewed) < 5;

/** The renewals of each state, each account read at its renewal's index date. */
export function renewalsByState(
  renewals: readonly RenewalOutcome[],
  stateAt: RetentionByResultsInput["stateAt"],
  indexDays: number,
): Map<ResultsState, RenewalOutcome[]> {
  const byState = new Map<ResultsState, RenewalOutcome[]>(resultsStates.map((s) => [s, []]));
  for (const renewal of renewals) {
    byState.get(stateAt(renewal.accountId, indexDateOf(renewal, indexDays)))?.push(renewal);
  }
  return byState;
}

/**
 * Renewal rate by fifths of the accounts' average gain at the index date: whether more gain goes
 * with more renewals. Fifths are of the renewals sorted by gain (the first `n mod 5` one larger).
 */
export function gainDoseResponse(
  renewals: readonly RenewalOutcome[],
  gainAt: (accountId: string, at: string) => number | undefined,
  indexDays: number,
): { quintiles: GainQuintile[]; withoutGain: number } {
  const withGain = renewals.flatMap((r) => {
    const gain = gainAt(r.accountId, indexDateOf(r, indexDays));
    return gain === undefined ? [] : [{ gain, renewed: r.renewed }];
  });
  const withoutGain = renewals.length - withGain.length;
  if (withGain.length < 5) return { quintiles: [], withoutGain };
  withGain.sort((a, b) => a.gain - b.gain);
  const quintiles: GainQuintile[] = [];
  let start = 0;
  for (let q = 0; q < 5; q++) {
    const size = Math.floor(withGain.length / 5) + (q < withGain.length % 5 ? 1 : 0);
    const part = withGain.slice(start, start + size);
    start += size;
    const renewed = part.filter((p) => p.renewed).length;
    quintiles.push({
      quintile: q + 1,
      gain: { min: part[0]?.gain ?? 0, max: part.at(-1)?.gain ?? 0 },
      renewals: part.length,
      renewed,
      renewalRate: wilsonInterval(renewed, part.length),
      directional: isDirectional(part.length, renewed),
    });
  }
  return { quintiles, withoutGain };
}

export const retentionCaveat =
  "This is an association, not a cause: larger and more engaged accounts both adopt goals and " +
  "renew more, so a higher rate in a group does not show that setting goals made accounts renew.";

/**
 * Renewal, NRR and GRR by the accounts' customer results, each account's state read at an index
 * date before its renewal (default 90 days) and at that date only, so that surviving longer
 * cannot make an account look better. Each group is compared with `no-measures` and nothing
 * else; small groups are marked directional.
 */
export function retentionByResults(input: RetentionByResultsInput): RetentionByResults {
  const indexDays = input.indexDays ?? 90;
  const byState = renewalsByState(input.renewals, input.stateAt, indexDays);
  const reference = byState.get("no-measures") ?? [];
  const referenceRenewed = reference.filter((r) => r.renewed).length;
  const groups = resultsStates.map((state): ResultsGroup => {
    const list = byState.get(state) ?? [];
    const renewed = list.filter((r) => r.renewed).length;
    const churned = list.length - renewed;
    const ratio = (kept: (r: RenewalOutcome) => number) =>
      bootstrapRatio(
        list.map((r) => ({ numerator: kept(r), denominator: r.arrBefore })),
        input.bootstrap,
      );
    const compared = state !== "no-measures" && list.length > 0 && reference.length > 0;
    return {
      state,
      accounts: new Set(list.map((r) => r.accountId)).size,
      renewals: list.length,
      renewed,
      renewalRate: list.length ? wilsonInterval(renewed, list.length) : undefined,
      nrr: ratio((r) => r.arrAfter),
      grr: ratio((r) => Math.min(r.arrBefore, r.arrAfter)),
      directional: isDirectional(list.length, renewed),
      versusNoMeasures: compared
        ? {
            difference: newcombeDifference(
              renewed,
              list.length,
              referenceRenewed,
              reference.length,
            ),
            p: fisherExact(renewed, churned, referenceRenewed, reference.length - referenceRenewed),
          }
        : undefined,
    };
  });
  return {
    indexDays,
    groups,
    doseResponse: input.gainAt && gainDoseResponse(input.renewals, input.gainAt, indexDays),
    comparisons: [
      ...resultsStates
        .filter((s) => s !== "no-measures")
        .map(
          (s) =>
            `renewal rate of "${s}" against "no-measures" (Newcombe interval, Fisher's exact test)`,
        ),
      ...(input.gainAt ? ["renewal rate by fifths of average gain (described, not tested)"] : []),
    ],
    caveat: retentionCaveat,
  };
}
