import { describe, expect, it } from "vitest";
import { defaultIcp, fitsIcp, icpFit, initialIcp, parseIcp } from "./icp.ts";
import { type Visitor, visitors } from "./visitors.ts";

const northwind = visitors.find((v) => v.id === "v01") as Visitor; // Software, 420, North America

describe("fitsIcp", () => {
  it("needs the industry, the size and the region to match", () => {
    expect(fitsIcp(northwind, defaultIcp)).toBe(true);
    expect(fitsIcp(northwind, { ...defaultIcp, industries: ["Retail"] })).toBe(false);
    expect(fitsIcp(northwind, { ...defaultIcp, minEmployees: 1000 })).toBe(false);
    expect(fitsIcp(northwind, { ...defaultIcp, regions: ["Europe"] })).toBe(false);
  });
});

describe("icpFit", () => {
  it("gives the share of visitors that fit as a whole percentage", () => {
    expect(icpFit(visitors, defaultIcp)).toEqual({ fits: 10, total: 24, percent: 42 });
    expect(icpFit(visitors, initialIcp("acme")).percent).toBe(58);
    expect(icpFit(visitors, initialIcp("globex")).percent).toBe(33);
  });

  it("is 0 for an empty profile or no visitors", () => {
    expect(icpFit(visitors, { industries: [], minEmployees: 0, regions: [] }).percent).toBe(0);
    expect(icpFit([], defaultIcp)).toEqual({ fits: 0, total: 0, percent: 0 });
  });
});

describe("parseIcp", () => {
  it("keeps known values only", () => {
    const parsed = parseIcp({
      industries: ["Software", "Mining"],
      minEmployees: 50,
      regions: ["Europe", 7],
    });
    expect(parsed).toEqual({ industries: ["Software"], minEmployees: 50, regions: ["Europe"] });
  });

  it("refuses what is not a profile", () => {
    expect(parseIcp(null)).toBeUndefined();
    expect(parseIcp("Software")).toBeUndefined();
    expect(parseIcp({ ...defaultIcp, minEmployees: 75 })).toBeUndefined();
  });
});
