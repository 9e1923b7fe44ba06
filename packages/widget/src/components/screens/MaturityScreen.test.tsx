import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { MaturityScreen } from "./MaturityScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);
const stored = (id: string) => backend.state.agreements.find((a) => a.id === id);

describe("MaturityScreen", () => {
  it("offers the role's levels by description and sets the chosen one on the new agreements", async () => {
    const goalpost = await startSdk("digital-marketer");
    const first = await goalpost.agreeMetric("icp-fit-rate");
    const second = await goalpost.agreeMetric("campaign-setup-hours");
    const view = renderWidget(goalpost, <MaturityScreen agreementId={first.id} />, {
      name: "maturity",
      agreementId: first.id,
    });

    const group = view.getByRole("group", { name: "Which sounds most like your team today?" });
    const radios = within(group).getAllByRole("radio");
    expect(radios).toHaveLength(4);
    expect(radios.some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    const level2 = within(group).getByRole("radio", {
      name: /Filtering for fit.*You filter visitors against your ideal customer profile/,
    });
    fireEvent.click(level2);
    fireEvent.click(view.getByRole("button", { name: "Continue" }));

    await waitFor(() =>
      expect(view.environment.ui.screen.value).toEqual({
        name: "baseline",
        agreementId: first.id,
      }),
    );
    expect(stored(first.id)?.maturityLevel).toBe(2);
    expect(stored(second.id)?.maturityLevel).toBe(2);
  });

  it("saves the level as soon as it is chosen, the last choice winning", async () => {
    const goalpost = await startSdk("sdr");
    const first = await goalpost.agreeMetric("meetings-booked");
    const second = await goalpost.agreeMetric("outreach-confidence");
    const view = renderWidget(goalpost, <MaturityScreen agreementId={first.id} />, {
      name: "maturity",
      agreementId: first.id,
    });
    fireEvent.click(view.getByRole("radio", { name: /Following warm visitors/ }));
    fireEvent.click(view.getByRole("radio", { name: /Leading with context/ }));
    await waitFor(() => expect(stored(second.id)?.maturityLevel).toBe(3));
    expect(stored(first.id)?.maturityLevel).toBe(3);
    expect(view.environment.ui.screen.value.name).toBe("maturity"); // Continue moves on
  });

  it("pre-selects the level already assessed", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { maturityLevel: 3 });
    const view = renderWidget(goalpost, <MaturityScreen agreementId={agreement.id} />, {
      name: "maturity",
      agreementId: agreement.id,
    });
    const radios = view.getAllByRole("radio") as HTMLInputElement[];
    const checked = radios.filter((radio) => radio.checked);
    expect(checked.map((radio) => radio.closest("label")?.textContent)).toEqual([
      expect.stringContaining("Leading with context"),
    ]);
  });

  it("asks for a choice and changes nothing until one is made", async () => {
    const goalpost = await startSdk("marketing-vp");
    const agreement = await goalpost.agreeMetric("web-revenue");
    const view = renderWidget(goalpost, <MaturityScreen agreementId={agreement.id} />, {
      name: "maturity",
      agreementId: agreement.id,
    });
    fireEvent.click(view.getByRole("button", { name: "Continue" }));

    await view.findByText("Choose one.");
    expect(document.activeElement).toBe(view.getAllByRole("radio")[0]);
    expect(stored(agreement.id)?.maturityLevel).toBeUndefined();
    expect(view.environment.ui.screen.value.name).toBe("maturity");
  });
});
