import { signal } from "@preact/signals";
import { cleanup, fireEvent, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, useMockBackend } from "../../test/renderWidget.tsx";
import { startUser } from "../../test/startDemoUser.ts";
import { BaselineScreen } from "../screens/BaselineScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);

const needsConnection = /You're offline\. Saving this step needs a connection/;

describe("a setup step offline", () => {
  it("says it needs a connection before it is filled in, and keeps what was typed when saving fails", async () => {
    const online = signal(true);
    const acc = `w-setup-${Date.now()}`;
    const goalpost = await startUser({ sub: `${acc}-user`, acc, role: "sdr" }, online);
    const agreement = await goalpost.agreeMetric("meetings-booked", { maturityLevel: 1 });
    const view = renderWidget(goalpost, <BaselineScreen agreementId={agreement.id} />, {
      name: "baseline",
      agreementId: agreement.id,
    });
    expect(view.queryByText(needsConnection)).toBeNull();

    backend.setScenario({ offline: true });
    online.value = false;
    const notice = await view.findByText(needsConnection);
    const field = view.getByLabelText("Meetings booked per week today") as HTMLInputElement;
    // Said before the form: first in reading order after the heading.
    expect(notice.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.input(field, { target: { value: "5" } });
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByText(/Not saved: you're offline\. What you typed is kept here/);
    expect(field.value).toBe("5");
    expect(view.environment.ui.drafts.get(`start:${agreement.id}`)).toMatchObject({ start: "5" });

    backend.setScenario({ offline: false });
    online.value = true;
    await waitFor(() => expect(view.queryByText(needsConnection)).toBeNull());
  });
});
