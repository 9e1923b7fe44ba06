import fc from "fast-check";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { testMetrics } from "../math/testMetrics.ts";
import { createValueFormat } from "./createValueFormat.ts";

const { percentUp, countUp, hoursDown, minutesDown, revenueUp, scaleUp } = testMetrics;
const plainCount = { unit: { type: "number" as const } };
const days = { unit: { type: "duration" as const, of: "days" as const } };
const euros = { unit: { type: "currency" as const, currency: "EUR" } };
const noScale = { unit: { type: "scale" as const } };
const sevenPoints = {
  unit: { type: "scale" as const },
  scale: { points: [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, label: `${value}` })) },
};

describe("createValueFormat: values", () => {
  it.each([
    // locale, metric, value, text
    ["en-US", percentUp, 42, "42%"],
    ["en-US", percentUp, 42.25, "42.3%"],
    ["en-US", revenueUp, 48_250, "$48,250"],
    ["en-US", revenueUp, 48_250.6, "$48,251"],
    ["en-US", hoursDown, 5.5, "5.5 hours"],
    ["en-US", minutesDown, 1, "1 minute"],
    ["en-US", days, 1500, "1,500 days"],
    ["en-US", countUp, 28, "28 meetings"],
    ["en-US", plainCount, 1234.567, "1,234.57"],
    ["en-US", scaleUp, 4, "4 of 5"],
    ["en-US", sevenPoints, 3, "3 of 7"],
    ["de-DE", percentUp, 42.25, "42,3\u00a0%"],
    ["de-DE", revenueUp, 48_250, "48.250\u00a0$"],
    ["de-DE", euros, 53_100, "53.100\u00a0€"],
    ["de-DE", hoursDown, 9.5, "9,5 Stunden"],
    ["de-DE", countUp, 1500.5, "1.500,5 meetings"],
    ["de-DE", scaleUp, 3, "3 of 5"],
    ["ar-EG", percentUp, 42.25, "٤٢٫٣٪؜"],
    ["ar-EG", hoursDown, 5.5, "٥٫٥ ساعة"],
    ["ar-EG", days, 1500, "١٬٥٠٠ يوم"],
    ["ar-EG", countUp, 28, "٢٨ meetings"],
    ["ar-EG", scaleUp, 4, "٤ of ٥"],
  ] as const)("%s: %j, %d → %s", (locale, metric, value, text) => {
    expect(createValueFormat({ locale }).value(metric, value)).toBe(text);
  });

  it("writes a scale's point with the words given, its label from the metric's scale", () => {
    const scalePoint = vi.fn((n: string, label: string | undefined, top: string) =>
      label ? `${n} – ${label}` : `${n}/${top}`,
    );
    const format = createValueFormat({ locale: "ar-EG", words: { scalePoint } });
    expect(format.value(scaleUp, 3)).toBe("٣ – point 3");
    expect(scalePoint).toHaveBeenLastCalledWith("٣", "point 3", "٥");
    // A mean is no point of the scale: no label.
    expect(format.value(scaleUp, 3.5)).toBe("٣٫٥/٥");
  });

  it("writes a scale value without a scale to go by as the number", () => {
    expect(createValueFormat({ locale: "en-US" }).value(noScale, 4)).toBe("4");
  });

  it("makes each Intl formatter once, however many values it writes", () => {
    const { NumberFormat } = Intl;
    let made = 0;
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made++;
      }
    } as typeof NumberFormat;
    onTestFinished(() => {
      Intl.NumberFormat = NumberFormat;
    });
    const format = createValueFormat({ locale: "de-DE" });
    format.value(hoursDown, 1);
    const first = made;
    for (const value of [2, 3, 4.5]) format.value(hoursDown, value);
    expect(made).toBe(first);
  });
});

describe("createValueFormat: plurals", () => {
  it.each([
    // locale, metric, value, text
    ["en-US", countUp, 1, "1 meeting"],
    ["en-US", countUp, 1.001, "1 meeting"], // written "1": the plural of what is read
    ["en-US", countUp, 1.5, "1.5 meetings"],
    ["en-US", countUp, 0, "0 meetings"],
    ["en-US", countUp, 2, "2 meetings"],
    ["de-DE", countUp, 1, "1 meeting"],
    ["en-US", { unit: { type: "number" as const, label: "contacts" } }, 1, "1 contacts"],
  ] as const)("%s: %j, %d → %s", (locale, metric, value, text) => {
    expect(createValueFormat({ locale }).value(metric, value)).toBe(text);
  });

  it("writes changes of one in the singular: +1 meeting, −1 point", () => {
    const format = createValueFormat({ locale: "en-US" });
    expect(format.change(countUp, 1)).toBe("+1 meeting");
    expect(format.change(scaleUp, -1)).toBe("−1 point");
    expect(format.change(percentUp, 1.004)).toBe("+1 point");
    expect(format.change(percentUp, 1.5)).toBe("+1.5 points");
  });

  it("gives the points words the locale's plural category of the number as written", () => {
    const points = vi.fn((n: string, _count: number, _plural: Intl.LDMLPluralRule) => n);
    const format = createValueFormat({ locale: "pl-PL", words: { points } });
    format.amount(scaleUp, 1);
    format.amount(scaleUp, 3);
    format.amount(scaleUp, 5);
    format.amount(percentUp, 2.5);
    expect(points.mock.calls.map((call) => call[2])).toEqual(["one", "few", "many", "other"]);
  });
});

describe("createValueFormat: rounding never misstates", () => {
  it.each([
    // metric, value, target, text
    [countUp, 46.999, 47, "46.999 meetings"],
    [countUp, 47.001, 47, "47.001 meetings"],
    [countUp, 48, 47, "48 meetings"],
    [hoursDown, 99.995, 99.95, "100 hours"], // apart from the target beside it, "99.95 hours"
    [hoursDown, 99.95, 99.995, "99.95 hours"],
    [countUp, 47, 47, "47 meetings"],
    [countUp, 46.999, undefined, "47 meetings"],
    [percentUp, 59.96, 60, "59.96%"],
    [hoursDown, 5.04, 5, "5.04 hours"],
    [revenueUp, 49_999.6, 50_000, "$49,999.6"],
    [revenueUp, 48_250.6, 50_000, "$48,251"],
  ] as const)("%j: %d beside %d → %s", (metric, value, target, text) => {
    expect(createValueFormat({ locale: "en-US" }).value(metric, value, target)).toBe(text);
  });

  it("never writes a value short of its unit's bounds as the bound: not 100%, not 0 hours", () => {
    const format = createValueFormat({ locale: "en-US" });
    expect(format.value(percentUp, 99.96)).toBe("99.96%");
    expect(format.value(percentUp, 100)).toBe("100%");
    expect(format.value(hoursDown, 0.04)).toBe("0.04 hours");
    expect(format.value(scaleUp, 4.996)).toBe("4.996 of 5");
  });

  it("never writes a change that is not zero as zero", () => {
    const format = createValueFormat({ locale: "en-US" });
    expect(format.change(percentUp, 0.004)).toBe("+0.004 points");
    expect(format.change(hoursDown, -0.01)).toBe("−0.01 hours");
    expect(format.change(countUp, 0)).toBe("0 meetings");
  });

  it("writes two different values shown beside each other differently", () => {
    const format = createValueFormat({ locale: "en-US" });
    const metrics = Object.values(testMetrics);
    fc.assert(
      fc.property(
        fc.constantFrom(...metrics),
        // Values as typed or recorded: up to six decimals.
        fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 1e6),
        fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 1e6),
        (metric, value, target) => {
          fc.pre(value !== target && metric.unit.type !== "scale");
          expect(format.value(metric, value, target)).not.toBe(format.value(metric, target, value));
        },
      ),
    );
  });
});

describe("createValueFormat: goal progress", () => {
  it.each([
    [0, "0%"],
    [0.57, "57%"],
    [0.29, "29%"],
    [0.996, "99%"],
    [1, "100%"],
    [1.004, "100%"],
    [1.5, "150%"],
    [-0.8, "-80%"],
    [-0.004, "-1%"],
  ])("%d → %s: rounded down, never reaching 100%% early", (fraction, text) => {
    expect(createValueFormat({ locale: "en-US" }).progress(fraction)).toBe(text);
  });
});

describe("createValueFormat: amounts and changes", () => {
  it.each([
    ["en-US", percentUp, 26, "+26 points"],
    ["en-US", percentUp, 25.75, "+25.75 points"],
    ["en-US", scaleUp, -1, "−1 point"],
    ["en-US", scaleUp, 0.8, "+0.8 points"],
    ["en-US", hoursDown, -1.5, "−1.5 hours"],
    ["en-US", revenueUp, 12_000, "+$12,000"],
    ["en-US", countUp, 0, "0 meetings"],
    ["en-US", countUp, -0, "0 meetings"],
    ["de-DE", hoursDown, 1.5, "+1,5 Stunden"],
    ["de-DE", percentUp, -2.5, "−2,5 points"],
    ["ar-EG", scaleUp, 2, "+٢ points"],
    ["ar-EG", hoursDown, -1.5, "−١٫٥ ساعة"],
  ] as const)("%s: a change of %d of %j → %s", (locale, metric, change, text) => {
    expect(createValueFormat({ locale }).change(metric, change)).toBe(text);
  });

  it("counts points, percentage points and scale points, with the words given", () => {
    const points = (n: string, count: number) => `${n} ${count === 1 ? "Punkt" : "Punkte"}`;
    const format = createValueFormat({ locale: "de-DE", words: { points } });
    expect(format.amount(percentUp, 1)).toBe("1 Punkt");
    expect(format.amount(scaleUp, 2)).toBe("2 Punkte");
    expect(format.change(percentUp, -26.5)).toBe("−26,5 Punkte");
    // Other units move in their own unit.
    expect(format.amount(hoursDown, 1)).toBe("1 Stunde");
  });

  it("signs a change by its number and writes the rest as its amount", () => {
    const format = createValueFormat({ locale: "en-US" });
    const metrics = Object.values(testMetrics);
    fc.assert(
      fc.property(
        fc.constantFrom(...metrics),
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        (metric, change) => {
          const sign = change > 0 ? "+" : change < 0 ? "−" : "";
          expect(format.change(metric, change)).toBe(
            sign + format.amount(metric, Math.abs(change)),
          );
          if (metric.unit.type !== "percent" && metric.unit.type !== "scale")
            expect(format.amount(metric, Math.abs(change))).toBe(
              format.value(metric, Math.abs(change)),
            );
        },
      ),
    );
  });
});
