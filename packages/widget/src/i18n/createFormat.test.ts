import { describe, expect, it } from "vitest";
import { createFormat } from "./createFormat.ts";
import { createTranslator } from "./createTranslator.ts";

const percent = { unit: { type: "percent" as const } };
const hours = { unit: { type: "duration" as const, of: "hours" as const } };
const confidence = {
  unit: { type: "scale" as const },
  scale: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Stufe ${value}` })) },
};

describe("createFormat", () => {
  it("writes a metric's points with the widget's messages, its numbers in the locale", () => {
    const t = createTranslator({ pointOne: "{n} Punkt", pointOther: "{n} Punkte" }, "de-DE");
    const format = createFormat("de-DE", t);
    expect(format.change(percent, 26.5)).toBe("+26,5 Punkte");
    expect(format.change(confidence, -1)).toBe("−1 Punkt");
    expect(format.amount(confidence, 2)).toBe("2 Punkte");
    expect(format.change(hours, 1.5)).toBe("+1,5 Stunden");
  });

  it("writes a scale point with its label from the catalog, in the locale's digits", () => {
    const format = createFormat("ar-EG", createTranslator({}, "ar-EG"));
    expect(format.value(confidence, 3)).toBe("٣ – Stufe 3");
    expect(format.value(confidence, 3.5)).toBe("٣٫٥"); // a mean: no point, no label
  });
});
