import type { Metric } from "../contract/catalog.ts";

type MetricUnit = Pick<Metric, "unit" | "scale" | "direction">;

/** Metric shapes the math tests share: one of each unit, in the demo catalog's spirit. */
export const testMetrics = {
  percentUp: { unit: { type: "percent" }, direction: "increase" },
  countUp: {
    unit: { type: "number", label: "meetings", labelOne: "meeting" },
    direction: "increase",
  },
  hoursDown: { unit: { type: "duration", of: "hours" }, direction: "decrease" },
  minutesDown: { unit: { type: "duration", of: "minutes" }, direction: "decrease" },
  revenueUp: { unit: { type: "currency", currency: "USD" }, direction: "increase" },
  scaleUp: {
    unit: { type: "scale" },
    direction: "increase",
    scale: {
      points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `point ${value}` })),
    },
  },
} satisfies Record<string, MetricUnit>;
