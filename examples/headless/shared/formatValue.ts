import type { Metric } from "@goalpost/core";

type UnitOf = Pick<Metric, "unit" | "scale">;

const plain = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

/**
 * A metric value as a person reads it, in the metric's unit: "62 %", "9.5 h", "$137,000",
 * "6 meetings", "4 of 5" (a scale point; its label is in `metric.scale`).
 */
export function formatValue(metric: UnitOf, value: number): string {
  const { unit } = metric;
  switch (unit.type) {
    case "percent":
      return `${plain.format(value)} %`;
    case "currency":
      return new Intl.NumberFormat("en", {
        style: "currency",
        currency: unit.currency,
        maximumFractionDigits: 0,
      }).format(value);
    case "duration":
      return `${plain.format(value)} ${{ minutes: "min", hours: "h", days: "d" }[unit.of]}`;
    case "scale": {
      const top = metric.scale?.points.at(-1)?.value;
      return top === undefined ? plain.format(value) : `${plain.format(value)} of ${top}`;
    }
    case "number":
      return unit.label ? `${plain.format(value)} ${unit.label}` : plain.format(value);
  }
}

/** What a value of the metric is counted in, for a form field's label: "hours", "%", "USD". */
export function unitName(metric: UnitOf): string {
  const { unit } = metric;
  switch (unit.type) {
    case "percent":
      return "%";
    case "currency":
      return unit.currency;
    case "duration":
      return unit.of;
    case "scale": {
      const points = metric.scale?.points ?? [];
      return `${points[0]?.value ?? 1}–${points.at(-1)?.value ?? 5}`;
    }
    case "number":
      return unit.label ?? "number";
  }
}
