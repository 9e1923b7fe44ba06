import type { Metric } from "@goalpost/core";

type UnitOf = Pick<Metric, "unit" | "scale">;

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
