import type { Agreement } from "../contract/agreement.ts";

/**
 * Whether an agreement is a measure in place at time `at`: agreed by then, with a baseline,
 * and not yet retired.
 */
export function inPlaceAt(agreement: Agreement, at: string): boolean {
  const t = Date.parse(at);
  if (agreement.status === "proposed" || !agreement.baseline || !agreement.agreedAt) return false;
  if (Date.parse(agreement.agreedAt) > t) return false;
  if (agreement.status === "retired") {
    return agreement.retiredAt !== undefined && Date.parse(agreement.retiredAt) > t;
  }
  return true;
}
