import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { MaturityScreen } from "./MaturityScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);
const stored = (id: string) => backend.state.agreements.find((a) => a.id === id);

describe("MaturityScreen", () => {
  it("offers the role's levels by name and description; one press saves it on the new agreements and goes on", async () => {
    const goalpost = await startSdk("digital-marketer");
    const first = await goalpost.agreeMetric("icp-fit-rate");
    const second = await goalpost.agreeMetric("campaign-setup-hours");
    const view = renderWidget(goalpost, <MaturityScreen agreementId={first.id} />, {
      name: "maturity",
      agreementId: first.id,
    });

    view.getByRole("list", { name: "Step 2 of 3" });
    const form = view.getByRole("form", { name: "Where is your team today?" });
    const levels = within(form)
      .getAllByRole("button")
      .filter((button) => button.textContent !== "Back");
    expect(levels).toHaveLength(4);
    expect(levels.some((button) => button.hasAttribute("aria-current"))).toBe(false);
    const level2 = view.getByRole("button", { name: "Filtering for fit" });
    expect(
      document.getElementById(level2.getAttribute("aria-describedby") ?? "")?.textContent,
    ).toBe(
      "You filter visitors against your ideal customer profile and keep a few saved segments you reuse.",
    );
    fireEvent.click(level2);

    await waitFor(() =>
      expect(view.environment.ui.screen.value).toEqual({
        name: "baseline",
        agreementId: first.id,
      }),
    );
    expect(stored(first.id)?.maturityLevel).toBe(2);
    expect(stored(second.id)?.maturityLevel).toBe(2);
    expect(view.announcements).toEqual(["Saved: Filtering for fit. Step 3 of 3: Start and goal"]);
  });

  it("marks the level already assessed, and a change reaches the agreements still being set up", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { maturityLevel: 3 });
    const other = await goalpost.agreeMetric("outreach-confidence", { maturityLevel: 3 });
    const view = renderWidget(goalpost, <MaturityScreen agreementId={agreement.id} />, {
      name: "maturity",
      agreementId: agreement.id,
    });
    const current = view
      .getAllByRole("button")
      .filter((b: HTMLElement) => b.hasAttribute("aria-current"));
    expect(current.map((button: HTMLElement) => button.textContent)).toEqual([
      expect.stringContaining("Leading with context"),
    ]);

    fireEvent.click(view.getByRole("button", { name: "Following warm visitors" }));
    await waitFor(() => expect(stored(other.id)?.maturityLevel).toBe(2));
    expect(stored(agreement.id)?.maturityLevel).toBe(2);
  });

  it("keeps the choice and stays when it cannot be saved", async () => {
    const goalpost = await startSdk("marketing-vp");
    const agreement = await goalpost.agreeMetric("web-revenue");
    const view = renderWidget(goalpost, <MaturityScreen agreementId={agreement.id} />, {
      name: "maturity",
      agreementId: agreement.id,
    });
    backend.setScenario({ failureRate: 1 });
    fireEvent.click(view.getByRole("button", { name: "Attributing pipeline" }));

    await view.findByRole("alert");
    expect(stored(agreement.id)?.maturityLevel).toBeUndefined();
    expect(view.environment.ui.screen.value.name).toBe("maturity");
    const chosen = view.getByRole("button", { name: "Attributing pipeline" });
    expect(chosen.getAttribute("aria-current")).toBe("true");
    expect(view.environment.ui.drafts.get(`maturity:${agreement.id}`)).toEqual({ level: 2 });
  });
});
