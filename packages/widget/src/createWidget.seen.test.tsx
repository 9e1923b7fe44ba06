import { createGoalpost, memoryStorage } from "@goalpost/core";
import { signDemoToken } from "@goalpost/mock-backend";
import { act, waitFor } from "@testing-library/preact";
import { afterEach, expect, it } from "vitest";
import { createWidget } from "./createWidget.tsx";
import { apiBase, useMockBackend } from "./test/renderWidget.tsx";

useMockBackend();
afterEach(() => document.body.replaceChildren());

it("keeps the reached goals a user has seen in the widget's storage, until destroy({ forget })", async () => {
  const acc = `w-seen-${Date.now()}`;
  const token = await signDemoToken({ sub: `${acc}-user`, acc, role: "sdr" });
  // Elsewhere (another tab, the app's own data), the goal was reached.
  const elsewhere = createGoalpost({ apiBase, token, storage: memoryStorage() });
  await elsewhere.start();
  const agreement = await elsewhere.agreeMetric("meetings-booked", { baseline: 4 });
  await elsewhere.setGoal({ agreementId: agreement.id, target: 5 });
  await elsewhere.logProgress({ agreementId: agreement.id, value: 5 });
  await waitFor(() => expect(elsewhere.pending.value).toBe(0));
  elsewhere.destroy();

  const storage = memoryStorage();
  const key = `goalpost:${apiBase}:${acc}:${acc}-user:seen`;
  const widget = createWidget({ apiBase, token, storage, open: true });
  await new Promise((resolve) => widget.on("ready", resolve));
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  await waitFor(async () => expect(await storage.getItem(key)).toMatch(/^\["/));

  widget.destroy({ forget: true });
  await waitFor(async () => expect(await storage.getItem(key)).toBeNull());
});
