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

  it("says relative days by the local calendar, not by 24-hour spans", () => {
    const format = createFormat("en", createTranslator({}, "en"));
    const morning = new Date(2026, 11, 4, 8, 0).getTime();
    expect(format.fromNow(new Date(2026, 11, 3, 23, 0).toISOString(), morning)).toBe("yesterday");
    expect(format.fromNow(new Date(2026, 11, 4, 0, 5).toISOString(), morning)).toBe("today");
    expect(format.fromNow(new Date(2026, 11, 5, 23, 59).toISOString(), morning)).toBe("tomorrow");
    expect(format.fromNow(new Date(2026, 11, 1, 9, 0).toISOString(), morning)).toBe("3 days ago");
  });
});
