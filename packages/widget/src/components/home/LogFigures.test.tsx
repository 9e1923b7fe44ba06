import { cleanup } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { startDemoUser } from "../../test/startDemoUser.ts";
import { Screens } from "../Screens.tsx";

useMockBackend();
afterEach(cleanup);

/** Each figure of the screen as its term and its texts: ["Now", "6 meetings", "your last…"]. */
const figures = (root: HTMLElement) =>
  [...root.querySelectorAll(".gp-figures > div")].map((div) =>
    [...div.children].map((child) => child.textContent),
  );
const medium = (iso = "") => new Date(iso).toLocaleDateString("en-US", { dateStyle: "medium" });

describe("the log screen's figures", () => {
  it("show the current value from the last entry, and the target with its date", async () => {
    const goalpost = await startDemoUser("sam.okafor");
    const view = goalpost.agreements.value.find((v) => v.metric.id === "meetings-booked");
    const last = view?.history[0];
    const { container } = renderWidget(goalpost, <Screens />, {
      name: "log",
      agreementId: view?.agreement.id ?? "",
    });
    expect(figures(container)).toEqual([
      ["Now", `${last?.value} meetings`, `your last entry, ${medium(last?.at)} (entered by you)`],
      ["Target", `${view?.goal?.target} meetings`, `by ${medium(view?.goal?.dueAt)}`],
    ]);
  });

  it("say the current value is the baseline when nothing was logged since", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", { baseline: 6 });
    const { container } = renderWidget(goalpost, <Screens />, {
      name: "log",
      agreementId: agreement.id,
    });
    expect(figures(container)).toEqual([
      ["Now", "6 hours", `your baseline, ${medium(agreement.baseline?.at)}: no entries since`],
      ["Target", "not set yet"],
    ]);
  });

  it("are on the latest values of an app metric too", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("qualified-contacts", { baseline: 12 });
    await goalpost.record("qualified-contacts", 1);
    const { container } = renderWidget(goalpost, <Screens />, {
      name: "log",
      agreementId: agreement.id,
    });
    expect(figures(container)[0]?.slice(0, 2)).toEqual(["Now", "1 contact"]);
  });
});
