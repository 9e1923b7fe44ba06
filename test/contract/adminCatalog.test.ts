import { limits, type ValueElement } from "@goalpost/core";
import { Catalog, catalogReferences } from "@goalpost/core/admin";
import { beforeAll, expect, test } from "vitest";
import { expectAllRefused } from "./fuzz/expectAllRefused.ts";
import { fuzzEndpoint, fuzzRuns } from "./fuzz/fuzzEndpoint.ts";
import type { Json } from "./fuzz/jsonTree.ts";
import { admin } from "./support/admin.ts";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { newUser } from "./support/newUser.ts";
import { randomId } from "./support/randomId.ts";
import { readCatalog } from "./support/readCatalog.ts";

// Tests in this file run one after another; each leaves the catalog exactly as it found it.
let original: Catalog;

beforeAll(async () => {
  original = await readCatalog();
  expect(Catalog.safeParse(original).success).toBe(true);
  expect(catalogReferences(original)).toEqual([]);
});

function isAcceptable(body: unknown): boolean {
  const parsed = Catalog.safeParse(body);
  return parsed.success && catalogReferences(parsed.data).length === 0;
}

test("a valid catalog replaces the old one; putting the old one back restores it", async () => {
  const guide: ValueElement = {
    id: randomId("contract-guide"),
    type: "guide",
    title: "Reading web revenue attribution",
    metricIds: ["web-revenue"],
    roleIds: ["marketing-vp"],
    href: "https://example.com/guides/attribution",
  };
  const changed: Catalog = { ...original, valueElements: [...original.valueElements, guide] };
  try {
    const replaced = expectOk(
      await admin("PUT", "/v1/admin/catalog", { json: changed }),
      200,
      Catalog,
    );
    expect(replaced.valueElements.map((v) => v.id)).toContain(guide.id);
    const vp = await newUser("marketing-vp").session();
    expect(vp.catalog.valueElements.find((v) => v.id === guide.id)).toMatchObject(guide);
    const sdr = await newUser("sdr").session();
    expect(sdr.catalog.valueElements.map((v) => v.id)).not.toContain(guide.id);
  } finally {
    expectOk(await admin("PUT", "/v1/admin/catalog", { json: original }), 200, Catalog);
  }
  expect(await readCatalog()).toEqual(original);
});

test("an invalid catalog answers 422 with the paths at fault and changes nothing", async () => {
  const metricIndex = original.metrics.findIndex((m) => m.id === "meetings-booked");
  const scaleIndex = original.metrics.findIndex((m) => m.id === "outreach-confidence");
  const [firstRole, ...otherRoles] = original.roles;
  const [firstElement] = original.valueElements;
  if (firstRole === undefined || firstElement === undefined) throw new Error("empty demo catalog");
  const withMetric = (index: number, change: Record<string, unknown>) => ({
    ...original,
    metrics: original.metrics.map((m, i) => (i === index ? { ...m, ...change } : m)),
  });
  const { scale: _scale, ...withoutScale } = original.metrics[scaleIndex] ?? {};
  const linkIndex = original.valueElements.findIndex((v) => v.href !== undefined);
  const withLink = (href: string) => ({
    ...original,
    valueElements: original.valueElements.map((v, i) => (i === linkIndex ? { ...v, href } : v)),
  });
  // Fields named like members of Object.prototype are unknown fields like any other; JSON.parse
  // makes "__proto__" an own field, as it is when sent.
  const prototypeNamed = ["constructor", "__proto__", "toString", "hasOwnProperty"].map(
    (key): [unknown, (string | number)[]] => [
      {
        ...original,
        roles: [{ ...firstRole, ...JSON.parse(`{"${key}": 1}`) }, ...otherRoles],
      },
      ["roles", 0, key],
    ],
  );

  const cases: [unknown, (string | number)[]][] = [
    [{ ...original, roles: [] }, ["roles"]],
    [{ ...original, extra: true }, ["extra"]],
    [
      withMetric(metricIndex, { roleIds: ["no-such-role"] }),
      ["metrics", metricIndex, "roleIds", 0],
    ],
    [withMetric(metricIndex, { direction: "sideways" }), ["metrics", metricIndex, "direction"]],
    [
      {
        ...original,
        metrics: original.metrics.map((m, i) => (i === scaleIndex ? withoutScale : m)),
      },
      ["metrics", scaleIndex, "scale"],
    ],
    [
      {
        ...original,
        roles: [{ ...firstRole, maturity: firstRole.maturity.slice(0, 2) }, ...otherRoles],
      },
      ["roles", 0, "maturity"],
    ],
    [
      { ...original, valueElements: [...original.valueElements, { ...firstElement }] },
      ["valueElements", original.valueElements.length, "id"],
    ],
    [
      {
        ...original,
        valueElements: [
          { ...firstElement, href: "http://example.com/x", action: undefined },
          ...original.valueElements.slice(1),
        ],
      },
      ["valueElements", 0, "href"],
    ],
    ...prototypeNamed,
    [
      withMetric(metricIndex, { unit: { type: "number", ...JSON.parse('{"valueOf": 2}') } }),
      ["metrics", metricIndex, "unit", "valueOf"],
    ],
    // A link is a text like any other: no NUL, no unpaired surrogate.
    [withLink("https://example.com/guide\u0000x"), ["valueElements", linkIndex, "href"]],
    [withLink("https://example.com/half-\ud83d"), ["valueElements", linkIndex, "href"]],
  ];
  for (const [catalog, path] of cases) {
    const reply = await admin("PUT", "/v1/admin/catalog", { json: catalog });
    expectIssueAt(expectError(reply, 422), path);
  }
  expect(await readCatalog()).toEqual(original);
});

test(`fuzz: ${fuzzRuns} malformed catalogs are refused and change nothing`, async () => {
  const send = (text: string) => admin("PUT", "/v1/admin/catalog", { text });
  const catalog = original as unknown as Json;
  expectAllRefused(await fuzzEndpoint(catalog, isAcceptable, send, limits.maxAdminBodyBytes));
  expect(await readCatalog()).toEqual(original);
}, 120_000);
