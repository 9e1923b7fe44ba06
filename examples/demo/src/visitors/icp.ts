import { type Industry, industries, type Region, regions, type Visitor } from "./visitors.ts";

/** An account's ideal customer profile: the rules of Beacon's ICP filter. */
export interface Icp {
  industries: Industry[];
  /** Smallest company size that fits, in employees. */
  minEmployees: number;
  regions: Region[];
}

/** The company sizes the filter offers. */
export const sizeSteps: readonly number[] = [0, 50, 200, 1000];

/** What a new account starts with. */
export const defaultIcp: Icp = {
  industries: ["Software", "Financial services", "Healthcare"],
  minEmployees: 200,
  regions: ["North America", "Europe"],
};

/** The profiles the seeded accounts had saved before the demo starts. */
const seededIcps: Readonly<Record<string, Icp>> = {
  acme: {
    industries: ["Software", "Financial services", "Healthcare", "Manufacturing"],
    minEmployees: 50,
    regions: ["North America", "Europe", "Asia-Pacific"],
  },
  globex: {
    industries: ["Software", "Financial services"],
    minEmployees: 200,
    regions: ["North America", "Europe"],
  },
};

/** The profile an account starts from in the demo. */
export function initialIcp(accountId: string): Icp {
  return seededIcps[accountId] ?? defaultIcp;
}

/** True when the visitor matches every rule of the profile. */
export function fitsIcp(visitor: Visitor, icp: Icp): boolean {
  return (
    icp.industries.includes(visitor.industry) &&
    visitor.employees >= icp.minEmployees &&
    icp.regions.includes(visitor.region)
  );
}

/** How many of the visitors fit, and that share as a whole percentage (0 for no visitors). */
export function icpFit(list: readonly Visitor[], icp: Icp) {
  const fits = list.filter((visitor) => fitsIcp(visitor, icp)).length;
  const percent = list.length === 0 ? 0 : Math.round((fits / list.length) * 100);
  return { fits, total: list.length, percent };
}

/** A profile read back from storage, keeping only known values; undefined when unreadable. */
export function parseIcp(value: unknown): Icp | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const known = <T>(list: readonly T[], wanted: unknown): T[] =>
    Array.isArray(wanted) ? list.filter((item) => wanted.includes(item)) : [];
  const minEmployees = sizeSteps.find((step) => step === raw.minEmployees);
  if (minEmployees === undefined) return undefined;
  return {
    industries: known(industries, raw.industries),
    minEmployees,
    regions: known(regions, raw.regions),
  };
}
