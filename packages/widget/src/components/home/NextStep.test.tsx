import { cleanup, fireEvent } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { NextStep } from "./NextStep.tsx";

useMockBackend();
afterEach(cleanup);

describe("NextStep", () => {
  it("sends a measure agreed without a maturity level to the maturity step first", async () => {
    const goalpost = await startSdk("sdr");
    await goalpost.agreeMetric("meetings-booked");
    const [view] = goalpost.agreements.value;
    if (!view) throw new Error("no agreement");
    const rendered = renderWidget(goalpost, <NextStep view={view} describedBy="x" />);
    fireEvent.click(rendered.getByRole("button", { name: "Record your starting point" }));
    expect(rendered.environment.ui.screen.value).toEqual({
      name: "maturity",
      agreementId: view.agreement.id,
    });
  });
});
