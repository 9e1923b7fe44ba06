import { describe, expect, it } from "vitest";
import type { Catalog, Metric, Role, ValueElement } from "./catalog.ts";
import { catalogReferences } from "./catalogReferences.ts";

const role = (id: string, levels: number): Role => ({
  id,
  name: id,
  maturity: Array.from({ length: levels }, (_, i) => ({
    level: i + 1,
    name: `L${i + 1}`,
    description: "",
    expectedGain: 0.1,
  })),
});
const metric = (id: string, roleIds: string[]): Metric => ({
  id,
  name: id,
  description: "",
  kind: "value",
  roleIds,
  unit: { type: "number" },
  direction: "increase",
  collection: "self",
  dataSource: "self",
  periodDays: 30,
});
const element = (id: string, extra: Partial<ValueElement>): ValueElement => ({
  id,
  type: "guide",
  title: id,
  metricIds: ["m1"],
  roleIds: ["sdr"],
  href: "https://example.com/guide",
  ...extra,
});

describe("catalogReferences", () => {
  it("finds nothing wrong with a consistent catalog", () => {
    const catalog: Catalog = {
      roles: [role("sdr", 3), role("vp", 5)],
      metrics: [metric("m1", ["sdr", "vp"])],
      valueElements: [element("g1", { roleIds: ["sdr", "vp"], maturityLevels: [1, 3] })],
    };
    expect(catalogReferences(catalog)).toEqual([]);
  });

  it("names duplicate ids, missing roles and metrics, and maturity levels a role lacks", () => {
    const catalog: Catalog = {
      roles: [role("sdr", 3), role("vp", 5), role("sdr", 3)],
      metrics: [metric("m1", ["sdr", "nobody"])],
      valueElements: [
        element("g1", { metricIds: ["m1", "m9"] }),
        element("g2", { roleIds: ["sdr", "vp"], maturityLevels: [2, 5] }),
      ],
    };
    expect(catalogReferences(catalog)).toEqual([
      { path: ["roles", 2, "id"], message: 'duplicate id "sdr"' },
      { path: ["metrics", 0, "roleIds", 1], message: 'no role "nobody"' },
      { path: ["valueElements", 0, "metricIds", 1], message: 'no metric "m9"' },
      { path: ["valueElements", 1, "maturityLevels", 1], message: 'no maturity level 5 for "sdr"' },
    ]);
  });
});
