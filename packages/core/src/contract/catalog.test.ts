import { describe, expect, it } from "vitest";
import { HttpsUrl, Metric } from "./catalog.ts";
import { Text } from "./primitives.ts";

const messages = (value: string) =>
  HttpsUrl.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("HttpsUrl", () => {
  it("accepts an https link with a host, its port, path, query and fragment", () => {
    for (const url of [
      "https://example.com",
      "https://example.com:8443/a/b?c=d#e",
      "https://x/🎯",
    ]) {
      expect(HttpsUrl.safeParse(url).data, url).toBe(url);
    }
  });

  it("refuses NUL and unpaired surrogates as every text does, in the host or the path", () => {
    for (const url of [
      "https://example.com/guide\u0000x",
      "https://exa\u0000mple.com/",
      "https://example.com/half-\ud83d",
      "https://example.com/?q=\udc00",
    ]) {
      expect(messages(url), JSON.stringify(url)).toContain(
        "must not contain NUL or unpaired surrogate characters",
      );
    }
  });

  it("refuses what is not an https link, and more than a text's length", () => {
    expect(messages("http://example.com/")).toEqual(["must be an https:// link"]);
    expect(messages("https://user@example.com/")).toEqual(["must be an https:// link"]);
    const long = `https://example.com/${"a".repeat(2000)}`;
    expect(HttpsUrl.safeParse(long).success).toBe(false);
    expect(Text.safeParse("plain text").success).toBe(true); // Text itself is unchanged
  });
});

describe("Metric.plausible", () => {
  const hours = {
    id: "campaign-setup-hours",
    name: "Campaign setup time",
    description: "Hours to set up a campaign",
    kind: "value",
    roleIds: ["digital-marketer"],
    unit: { type: "duration", of: "hours" },
    direction: "decrease",
    collection: "self",
    dataSource: "Your estimate",
    periodDays: 30,
  };
  const scale = {
    ...hours,
    unit: { type: "scale" },
    collection: "scale",
    scale: { points: [1, 2, 3].map((value) => ({ value, label: `p${value}` })) },
  };
  const issues = (metric: object) =>
    Metric.safeParse(metric).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

  it("is optional, and a range with min below max within the unit's values", () => {
    expect(issues(hours)).toEqual([]);
    expect(issues({ ...hours, plausible: { min: 0.5, max: 200 } })).toEqual([]);
    expect(
      issues({ ...hours, unit: { type: "percent" }, plausible: { min: 0, max: 100 } }),
    ).toEqual([]);
  });

  it("refuses min not below max, values outside the unit's, and a range on a scale", () => {
    expect(issues({ ...hours, plausible: { min: 5, max: 5 } })).toEqual([
      ["plausible.max", "`min` must be below `max`"],
    ]);
    const outside = [
      "plausible",
      "must fit the unit (0 or more, at most 100 %); a scale metric has none",
    ];
    expect(issues({ ...hours, plausible: { min: -1, max: 5 } })).toEqual([outside]);
    expect(
      issues({ ...hours, unit: { type: "percent" }, plausible: { min: 0, max: 120 } }),
    ).toEqual([outside]);
    expect(issues({ ...scale, plausible: { min: 1, max: 3 } })).toEqual([outside]);
    expect(issues({ ...hours, plausible: { min: 0, max: 1e13 } })[0]?.[0]).toBe("plausible.max");
  });
});
