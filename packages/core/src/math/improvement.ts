import type { Direction } from "../contract/primitives.ts";

/** The change from `from` to `to` measured in the good direction: positive is better. */
export function improvement(from: number, to: number, direction: Direction): number {
  const change = direction === "increase" ? to - from : from - to;
  return change === 0 ? 0 : change; // no -0: mirrored metrics must compare equal
}

/** Whether `value` meets or beats `target` for a metric of this direction. */
export function isTargetReached(target: number, value: number, direction: Direction): boolean {
  return improvement(target, value, direction) >= 0;
}
