// A strict CSP (style-src without 'unsafe-inline') blocks style="" attributes, so no element the
// widget renders may carry one: every screen, for users with history and users starting out.
import { createGoalpost, memoryStorage } from "@goalpost/core";
import { demoUsers, signDemoToken } from "@goalpost/mock-backend";
import { act } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "./components/App.tsx";
import { createWidget } from "./createWidget.tsx";
import { apiBase, renderWidget, useMockBackend } from "./test/renderWidget.tsx";
import type { Screen } from "./ui/createUi.ts";

/** The panel is a chunk of its own: its first import is transformed on the spot, slow on a busy machine. */
const panelChunk = { timeout: 5_000 };

useMockBackend();
afterEach(() => document.body.replaceChildren());

const tokenOf = (user: (typeof demoUsers)[number]) =>
  signDemoToken({ sub: user.id, acc: user.accountId, role: user.roleId, name: user.name });

/** Elements with a style attribute, as "tag.class" for a readable failure. */
const styled = (root: ParentNode) =>
  [...root.querySelectorAll("[style]")].map(
    (e) => `<${e.localName} class="${e.getAttribute("class")}">`,
  );

describe("no inline style attributes", () => {
  it("in the shadow root of a mounted widget, launcher panel open, for a seeded user", async () => {
    const sam = demoUsers.find((u) => u.id === "sam.okafor");
    if (!sam) throw new Error("the seed has no sam.okafor");
    const widget = createWidget({ apiBase, token: await tokenOf(sam), open: true });
    await new Promise((resolve) => widget.on("ready", resolve));
    await act(async () => {});
    const shadow = document.querySelector("[data-goalpost-widget]")?.shadowRoot;
    // The panel's code is a chunk of its own (loadPanel): it may arrive after the session.
    await vi.waitFor(
      () => expect(shadow?.querySelectorAll(".gp-launcher, .gp-panel").length).toBe(2),
      panelChunk,
    );
    expect(shadow?.querySelector("h3, [role=alert]")).not.toBeNull(); // rendered past loading
    expect(styled(shadow as ShadowRoot)).toEqual([]);
    widget.destroy();
  });

  it.each(demoUsers.map((u) => [u.id, u] as const))("on every screen, for %s", async (_, user) => {
    const goalpost = createGoalpost({
      apiBase,
      token: await tokenOf(user),
      storage: memoryStorage(),
    });
    await goalpost.start();
    const view = renderWidget(goalpost, <App mode="inline" />);
    const screens: Screen[] = [{ name: "home" }, { name: "agree" }];
    for (const { agreement } of goalpost.agreements.value) {
      const agreementId = agreement.id;
      for (const name of ["maturity", "baseline", "goal", "log", "elements"] as const)
        screens.push({ name, agreementId });
    }
    const found: string[] = [];
    for (const screen of screens) {
      await act(async () => {
        view.environment.ui.screen.value = screen;
      });
      expect(view.container.querySelector(".gp-panel h2"), screen.name).not.toBeNull();
      found.push(...styled(view.container).map((e) => `${screen.name}: ${e}`));
    }
    expect(found).toEqual([]);
    view.unmount();
    goalpost.destroy();
  });
});
