// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { barChart } from "./barChart.ts";

const bars = (chart: SVGSVGElement) =>
  Array.from(chart.querySelectorAll("rect.chart-bar"), (rect) => ({
    x: Number(rect.getAttribute("x")),
    width: Number(rect.getAttribute("width")),
    negative: rect.classList.contains("chart-bar-negative"),
  }));

describe("barChart", () => {
  it("draws one labelled bar per value, proportional to the scale", () => {
    const chart = barChart({
      title: "Rates",
      min: 0,
      max: 1,
      bars: [
        { label: "Measures in place", value: 1, text: "100%" },
        { label: "With a gain", value: 0.5, text: "50%" },
        { label: "Achieving their goal", value: 0, text: "0%" },
      ],
    });
    const [full, half, none] = bars(chart);
    expect(half?.width).toBeCloseTo((full?.width ?? 0) / 2);
    expect(none?.width).toBe(0);
    expect(half?.x).toBe(full?.x);
    expect(chart.querySelector("line.chart-axis")).toBeNull();
    expect(Array.from(chart.querySelectorAll(".chart-value"), (t) => t.textContent)).toEqual([
      "100%",
      "50%",
      "0%",
    ]);
  });

  it("grows negative values left of a zero line", () => {
    const chart = barChart({
      title: "Gains",
      min: -0.5,
      max: 0.5,
      bars: [
        { label: "Up", value: 0.25, text: "+25%" },
        { label: "Down", value: -0.25, text: "−25%" },
      ],
    });
    const [up, down] = bars(chart);
    const zero = Number(chart.querySelector("line.chart-axis")?.getAttribute("x1"));
    expect(up).toMatchObject({ x: zero, negative: false });
    expect(down?.negative).toBe(true);
    expect((down?.x ?? 0) + (down?.width ?? 0)).toBeCloseTo(zero);
    expect(down?.width).toBeCloseTo(up?.width ?? 0);
  });

  it("clamps values outside the scale and names every bar for screen readers", () => {
    const chart = barChart({
      title: "Scores",
      min: 0,
      max: 5,
      bars: [
        { label: "Overall", value: 7, text: "7.0" },
        { label: "Support", value: 5, text: "5.0" },
      ],
    });
    const [over, top] = bars(chart);
    expect(over?.width).toBe(top?.width);
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("aria-label")).toBe("Scores. Overall: 7.0; Support: 5.0");
    expect(chart.hasAttribute("style")).toBe(false);
  });
});
