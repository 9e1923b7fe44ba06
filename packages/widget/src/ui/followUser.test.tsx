// The panel follows the signed-in user through the widget's whole stack (createWidget, the SDK,
// the mock backend): a reload resumes where they were with what they typed, another user starts
// afresh, the same user with a new token keeps everything, and `forget` removes the drafts.
import { memoryStorage, type OutboxStorage } from "@goalpost/core";
import { demoUsers, signDemoToken } from "@goalpost/mock-backend";
import { act, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { createWidget, type GoalpostWidget } from "../createWidget.tsx";
import { apiBase, useMockBackend } from "../test/renderWidget.tsx";

const backend = useMockBackend();
const widgets: GoalpostWidget[] = [];
afterEach(() => {
  for (const widget of widgets.splice(0)) widget.destroy();
  document.body.replaceChildren();
});

const tokenOf = (id: string) => {
  const user = demoUsers.find((u) => u.id === id);
  if (!user) throw new Error(`no demo user ${id}`);
  return signDemoToken({ sub: user.id, acc: user.accountId, role: user.roleId, name: user.name });
};
const fresh = (acc = `fu-${Math.random().toString(36).slice(2, 8)}`) =>
  signDemoToken({ sub: `${acc}-user`, acc, role: "sdr" });

/** An inline widget (a page load), resolved once it is ready and rendered. */
async function load(token: string, storage: OutboxStorage) {
  document.body.innerHTML = `<section id="goals"></section>`;
  const widget = createWidget({ apiBase, token, target: "#goals", storage });
  widgets.push(widget);
  await new Promise((resolve) => widget.on("ready", resolve));
  const shadow = document.getElementById("goals")?.shadowRoot as unknown as HTMLElement;
  await waitFor(() => expect(shadow.querySelector("h3")).not.toBeNull());
  return { widget, panel: within(shadow), storage };
}

/** Signs another token in, and resolves once its session is shown. */
async function identify(widget: GoalpostWidget, token: Promise<string>) {
  const ready = new Promise((resolve) => widget.on("ready", () => setTimeout(resolve)));
  await act(async () => {
    await widget.identify(await token);
    await ready;
  });
}

/** Sam (acme's SDR) on the log screen of his first metric with a goal, a note typed. */
async function samLogging(storage = memoryStorage()) {
  const loaded = await load(await tokenOf("sam.okafor"), storage);
  const [log] = await loaded.panel.findAllByRole("button", { name: "Log progress" });
  fireEvent.click(log as HTMLElement);
  fireEvent.input(await loaded.panel.findByLabelText("Note (optional)"), {
    target: { value: "Sam's note" },
  });
  return loaded;
}

describe("the panel follows the user", () => {
  it("resumes a first run after a reload on the step it was left, with the level saved as it was chosen", async () => {
    const storage = memoryStorage();
    const acc = `fu-${Math.random().toString(36).slice(2, 8)}`;
    const token = await fresh(acc);
    const first = await load(token, storage);
    fireEvent.click(await first.panel.findByRole("checkbox", { name: "Meetings booked per week" }));
    fireEvent.click(first.panel.getByRole("button", { name: "Agree" }));
    fireEvent.click(await first.panel.findByRole("button", { name: "Following warm visitors" }));
    const agreement = () => backend.state.agreements.find((a) => a.accountId === acc);
    await waitFor(() => expect(agreement()?.maturityLevel).toBe(2));
    fireEvent.input(await first.panel.findByLabelText("Meetings booked per week today"), {
      target: { value: "4" },
    });
    first.widget.destroy(); // the page goes away

    const again = await load(token, storage);
    again.panel.getByRole("heading", {
      level: 3,
      name: "Set your first goal: Meetings booked per week",
    });
    again.panel.getByRole("list", { name: "Step 3 of 3" });
    expect(again.panel.getByLabelText("Meetings booked per week today")).toHaveProperty(
      "value",
      "4",
    );
    expect(again.panel.getByRole("textbox", { name: "Target meetings" })).toHaveProperty(
      "value",
      "5",
    );
  });

  it("starts afresh for another user, keeps everything for the same one, and brings a user's own work back", async () => {
    const { widget, panel } = await samLogging();
    await identify(widget, fresh());
    // The new user's own start: a first run, on its first step.
    await panel.findByRole("heading", { level: 3, name: "Choose what to measure" });
    expect(panel.queryByText("This metric is no longer tracked.")).toBeNull();
    expect(panel.queryByLabelText("Note (optional)")).toBeNull();
    expect(document.getElementById("goals")?.shadowRoot?.textContent).not.toContain("Sam's note");

    await identify(widget, tokenOf("sam.okafor"));
    expect(await panel.findByLabelText("Note (optional)")).toHaveProperty("value", "Sam's note");

    // A refreshed token for the same user: nothing is reset.
    fireEvent.input(panel.getByLabelText("Note (optional)"), { target: { value: "Sam, later" } });
    await identify(widget, tokenOf("sam.okafor"));
    expect(await panel.findByLabelText("Note (optional)")).toHaveProperty("value", "Sam, later");
  });

  it("removes the user's drafts from storage on destroy({ forget: true }), and only then", async () => {
    const storage = memoryStorage();
    const key = `goalpost:${apiBase}:acme:sam.okafor:drafts`;
    const sam = await samLogging(storage);
    sam.widget.destroy();
    await new Promise((resolve) => setTimeout(resolve));
    expect(await storage.getItem(key)).toContain("Sam's note");

    const again = await load(await tokenOf("sam.okafor"), storage); // back where he was
    expect(await again.panel.findByLabelText("Note (optional)")).toHaveProperty(
      "value",
      "Sam's note",
    );
    again.widget.destroy({ forget: true });
    await new Promise((resolve) => setTimeout(resolve));
    expect(await storage.getItem(key)).toBeNull();
  });
});
