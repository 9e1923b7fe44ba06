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
    for (const value of [1, 2, 3]) format.value(hoursDown, value);
    expect(made).toBe(1);
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
