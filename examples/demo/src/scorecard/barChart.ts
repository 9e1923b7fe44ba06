import { svg } from "../shell/h.ts";

/** One bar: its label, its value on the chart's scale, and the value as text. */
export interface Bar {
  label: string;
  value: number;
  text: string;
}

/** Options of {@link barChart}. */
export interface BarChartOptions {
  /** What the chart shows, e.g. "Digital marketer: results rates". Starts its accessible name. */
  title: string;
  bars: readonly Bar[];
  /** The scale's ends; a negative `min` draws bars left of a zero line. */
  min: number;
  max: number;
}

const width = 560;
const labelWidth = 200;
const valueWidth = 110;
const rowHeight = 30;
const barHeight = 16;

/**
 * A horizontal bar chart in hand-written SVG (no chart library): a label, a bar and its value
 * per row, bars growing from zero (left for negative values). Colours come from CSS classes:
 * `chart-bar`, `chart-bar-negative`, `chart-track`, `chart-axis`, `chart-label`, `chart-value`.
 * Its accessible name is the title followed by every bar's label and value.
 */
export function barChart({ title, bars, min, max }: BarChartOptions): SVGSVGElement {
  const low = Math.min(min, 0);
  const high = Math.max(max, low + Number.EPSILON);
  const plot = width - labelWidth - valueWidth;
  const x = (value: number) =>
    labelWidth + ((Math.min(Math.max(value, low), high) - low) / (high - low)) * plot;
  const zero = x(0);
  const height = bars.length * rowHeight;
  const summary = bars.map((bar) => `${bar.label}: ${bar.text}`).join("; ");

  const rows = bars.flatMap((bar, i) => {
    const y = i * rowHeight + (rowHeight - barHeight) / 2;
    const middle = y + barHeight / 2;
    const end = x(bar.value);
    const left = Math.min(end, zero);
    const right = Math.max(end, zero);
    return [
      svg("text", { x: labelWidth - 10, y: middle, class: "chart-label" }, bar.label),
      svg("rect", { x: labelWidth, y, width: plot, height: barHeight, class: "chart-track" }),
      svg("rect", {
        x: left,
        y,
        width: Math.max(right - left, bar.value === 0 ? 0 : 1),
        height: barHeight,
        rx: 2,
        class: bar.value < 0 ? "chart-bar chart-bar-negative" : "chart-bar",
      }),
      svg("text", { x: right + 6, y: middle, class: "chart-value" }, bar.text),
    ];
  });
  const axis =
    low < 0 ? svg("line", { x1: zero, x2: zero, y1: 0, y2: height, class: "chart-axis" }) : false;

  return svg(
    "svg",
    {
      class: "chart",
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": `${title}. ${summary}`,
    },
    ...rows,
    axis,
  );
}
