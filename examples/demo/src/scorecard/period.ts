/** The periods the scorecard offers, in days. */
export const periodDays: readonly number[] = [30, 90, 180];

/** The KPI query for the last `days` days up to `now`. */
export function periodRange(days: number, now = new Date()): { from: string; to: string } {
  const from = new Date(now.getTime() - days * 86_400_000);
  return { from: from.toISOString(), to: now.toISOString() };
}
