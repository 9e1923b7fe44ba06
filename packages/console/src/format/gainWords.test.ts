import type { Metric } from "@goalpost/core/contract";
import { describe, expect, it } from "vitest";
import { gainWords } from "./gainWords.ts";

const hours: Pick<Metric, "unit" | "direction"> = {
  unit: { type: "duration", of: "hours" },
  direction: "decrease",
};
const meetings: Pick<Metric, "unit" | "direction"> = {
  unit: { type: "number", label: "meetings", labelOne: "meeting" },
  direction: "increase",
};
const confidence: Pick<Metric, "unit" | "direction" | "scale"> = {
  unit: { type: "scale" },
  direction: "increase",
  scale: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `p${value}` })) },
};

describe("gainWords", () => {
  it("a decrease in hours is faster and better, not a green +4.5 hours", () => {
    expect(gainWords(hours, { absolute: 4.5, relative: 0.25 })).toEqual({
      verdict: "better",
      text: "4.5 hours faster",
      relative: "+25%",
    });
    expect(gainWords(hours, { absolute: -2, relative: -0.1 })).toMatchObject({
      verdict: "worse",
      text: "2 hours slower",
    });
  });

  it("counts say more or fewer", () => {
    expect(gainWords(meetings, { absolute: -1, relative: -0.2 })).toEqual({
      verdict: "worse",
      text: "1 meeting fewer",
      relative: "-20%",
    });
  });

  it("a rating scale moves in points, with no relative percent", () => {
    expect(gainWords(confidence, { absolute: 1.5, relative: 0.5 })).toEqual({
      verdict: "better",
      text: "1.5 points higher",
      relative: undefined,
    });
  });

  it("no change is said so", () => {
    expect(gainWords(meetings, { absolute: 0, relative: 0 }).text).toBe("no change");
  });
});
