import { type Interval, wilsonInterval, z95 } from "./wilsonInterval.ts";

/** A difference of two proportions with its interval, within −1 to 1. */
export type DifferenceInterval = Interval;

/**
 * The difference `events1/n1 − events2/n2` with Newcombe's hybrid score interval (Newcombe 1998,
 * "Interval estimation for the difference between independent proportions", method 10): each
 * proportion's Wilson interval, combined by the square-and-add rule. It behaves well for small
 * groups and for 0 or all events, where the simple Wald interval fails.
 * @example newcombeDifference(56, 70, 48, 80) // { estimate: 0.2, low: 0.0524, high: 0.3339 }
 */
export function newcombeDifference(
  events1: number,
  n1: number,
  events2: number,
  n2: number,
  z = z95,
): DifferenceInterval {
  const a = wilsonInterval(events1, n1, z);
  const b = wilsonInterval(events2, n2, z);
  const d = a.estimate - b.estimate;
  return {
    estimate: d,
    low: d - Math.sqrt((a.estimate - a.low) ** 2 + (b.high - b.estimate) ** 2),
    high: d + Math.sqrt((a.high - a.estimate) ** 2 + (b.estimate - b.low) ** 2),
  };
}
