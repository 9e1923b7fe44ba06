import { createValueFormat } from "@goalpost/core";

/**
 * Metric values as the pages show them, by the core's formatter: "62%", "9.5 hours", "$137,000",
 * "6 meetings", "4 of 5" (a point of the metric's own scale). In English, like the pages' texts.
 */
export const metricFormat = createValueFormat({ locale: "en" });
