import { act, fireEvent, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { WidgetEvents } from "../createWidget.tsx";
import { en } from "../i18n/messages.ts";
import { startSdk, useMockBackend } from "../test/renderWidget.tsx";
import { attachHost } from "./attachHost.ts";
import { mountApp } from "./mountApp.tsx";

useMockBackend();
afterEach(() => document.body.replaceChildren());

async function mounted(mode: "inline" | "launcher") {
  const goalpost = await startSdk("sdr", "acme"); // acme's SDRs have agreed metrics
  if (mode === "inline") document.body.innerHTML = `<div id="goals"></div>`;
  const place = attachHost(mode === "inline" ? "#goals" : undefined);
  place.insert();
  const emit = vi.fn<(event: keyof WidgetEvents, payload: unknown) => void>();
  const app = mountApp(place, goalpost, { apiBase: "-", token: "-", theme: "light" }, emit);
  return { goalpost, place, app, emit, shadow: within(place.shadow as unknown as HTMLElement) };
}

describe("mountApp", () => {
  it("sends a value element's in-app action to the host as the action event", async () => {
    const { goalpost, app, emit, shadow } = await mounted("inline");
    const agreementId = goalpost.agreements.value.find((v) => v.valueElements.some((e) => e.action))
      ?.agreement.id;
    expect(agreementId).toBeDefined();
    await act(() => {
      app.ui.screen.value = { name: "elements", agreementId: agreementId as string };
    });
    fireEvent.click((await shadow.findAllByRole("button", { name: en.openAction }))[0] as Element);
    expect(emit).toHaveBeenCalledWith("action", {
      action: expect.any(String),
      valueElementId: expect.any(String),
    });
    app.unmount();
  });

  it("emits open and close as the launcher's panel opens and closes", async () => {
    const { app, emit, shadow, place } = await mounted("launcher");
    expect(place.host.getAttribute("data-goalpost-theme")).toBe("light");
    fireEvent.click(await shadow.findByRole("button", { name: en.launcherLabel }));
    await act(async () => {});
    expect(emit).toHaveBeenLastCalledWith("open", {});
    app.setTheme("dark");
    expect(place.host.getAttribute("data-goalpost-theme")).toBe("dark");
    await act(() => {
      app.ui.open.value = false;
    });
    expect(emit).toHaveBeenLastCalledWith("close", {});
    app.unmount();
    place.remove();
    expect(document.body.innerHTML).toBe("");
  });

  it("renders in a task after its own, and unmounting before that leaves nothing behind", async () => {
    const { app, place } = await mounted("launcher");
    expect(place.shadow.childNodes).toHaveLength(0); // the caller's task only starts the SDK
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(place.shadow.querySelector(".gp-launcher")).not.toBeNull();
    app.unmount();
    expect(place.shadow.childNodes).toHaveLength(0);

    const early = await mounted("launcher");
    early.app.unmount();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the task it would have rendered in
    expect(early.place.shadow.childNodes).toHaveLength(0);
    expect(early.place.shadow.adoptedStyleSheets).toHaveLength(0);
  });
});
