import { cleanup, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { startDemoUser } from "../../test/startDemoUser.ts";
import { HomeScreen } from "../screens/HomeScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);

const chartOf = (view: ReturnType<typeof renderWidget>, metric: string) => {
  const card = within(view.getByRole("article", { name: metric }));
  const chart = card.getByRole("img", { name: `History of ${metric}` });
  const description = document.getElementById(chart.getAttribute("aria-describedby") ?? "");
  return { chart, description: description?.textContent ?? "" };
};
const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent);
const ys = (root: Element) =>
  [...root.querySelectorAll("circle")].map((c) => Number(c.getAttribute("cy")));

describe("HistoryChart", () => {
  it("has a value axis with round ticks, dates, and the baseline and target marked", async () => {
    const goalpost = await startDemoUser("sam.okafor");
    const view = renderWidget(goalpost, <HomeScreen />);
    const { chart, description } = chartOf(view, "Meetings booked per week");
    const ticks = texts(chart, ".gp-chart-axis > g text").map(Number);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    expect(ticks.every((tick) => Number.isInteger(tick))).toBe(true);
    // The first and last dates on the time axis.
    expect(texts(chart, ".gp-chart-axis > text")).toHaveLength(2);
    for (const date of texts(chart, ".gp-chart-axis > text")) expect(date).toMatch(/^\w{3} \d+$/);
    expect(texts(chart, ".gp-chart-base text")).toEqual(["Baseline"]);
    expect(texts(chart, ".gp-chart-target text")).toEqual(["Target"]);
    expect(description).toMatch(/The value axis runs from \d+ meetings to \d+ meetings\.$/);
  });

  it("is not flattened by an outlier: drawn at the edge with its value, named in its text", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    await goalpost.setGoal({ agreementId: agreement.id, target: 5 });
    for (const value of [4, 5, 6]) {
      await goalpost.logProgress({
        agreementId: agreement.id,
        value,
        at: new Date(Date.now() - (10 - value) * 86_400_000).toISOString(),
      });
    }
    // Stored as it came (a typo, or data from before any plausibility check), then loaded.
    backend.state.measurements.push({
      id: "m-outlier",
      agreementId: agreement.id,
      value: 1000,
      at: new Date().toISOString(),
      source: "self",
      userId: goalpost.user.value?.id ?? "",
    });
    await goalpost.refresh();
    const view = renderWidget(goalpost, <HomeScreen />);
    const { chart, description } = chartOf(view, "Meetings booked per week");
    expect(Math.max(...texts(chart, ".gp-chart-axis > g text").map(Number))).toBeLessThan(20);
    // The other points keep their spread: at least half the plot's height apart.
    const heights = ys(chart);
    expect(heights).toHaveLength(3);
    expect(Math.max(...heights) - Math.min(...heights)).toBeGreaterThan(40);
    expect(texts(chart, ".gp-chart-off text")).toEqual(["1K"]);
    expect(description).toMatch(
      /Off the scale, drawn at its edge: 1,000 meetings on \w{3} \d+, \d{4}\.$/,
    );
    expect(description).toMatch(/^4 entries from /);
  });

  it("says one entry in the singular", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
    const view = renderWidget(goalpost, <HomeScreen />);
    expect(chartOf(view, "Meetings booked per week").description).toMatch(/^1 entry from /);
  });
});
