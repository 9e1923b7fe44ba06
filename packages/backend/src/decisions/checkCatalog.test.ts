import type { Catalog } from "@goalpost/core/admin";
import { describe, expect, it } from "vitest";
import { metrics, role, valueElements } from "../testFixtures.ts";
import { checkCatalog } from "./checkCatalog.ts";

const marketer = { ...role, id: "marketer", name: "Marketer" };
const catalog: Catalog = { roles: [role, marketer], metrics, valueElements };

describe("checkCatalog", () => {
  it("finds nothing wrong when every reference resolves", () => {
    expect(checkCatalog(catalog)).toBeUndefined();
  });

  it("names each broken reference by path, the first in the message", () => {
    const broken = structuredClone(catalog);
    broken.valueElements[0]?.metricIds.push("no-such-metric");
    broken.roles.pop();
    expect(checkCatalog(broken)).toEqual({
      kind: "invalid",
      message: 'the catalog has broken references (no role "marketer")',
      issues: [
        {
          path: ["metrics", 4, "roleIds", 0],
          message: 'no role "marketer"',
          code: "invalid_reference",
        },
        expect.objectContaining({ path: ["valueElements", 0, "metricIds", 1] }),
        expect.objectContaining({ path: ["valueElements", 1, "roleIds", 0] }),
      ],
    });
  });
});
