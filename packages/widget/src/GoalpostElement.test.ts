import { signDemoToken } from "@goalpost/mock-backend";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  defineGoalpostElement,
  type GoalpostElement,
  type GoalpostElementEventMap,
} from "./GoalpostElement.ts";
import { apiBase, useMockBackend } from "./test/renderWidget.tsx";

useMockBackend();
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

let count = 0;
/**
 * A fresh tag per test (a name can be defined once), and every request its widget makes.
 * `define: false` leaves defining it to the test, as an async script tag would.
 */
function defineFresh({ define = true } = {}) {
  const tag = `goalpost-widget-${++count}`;
  if (define) defineGoalpostElement(tag);
  const requests: string[] = [];
  const create = (html = "") => {
    document.body.insertAdjacentHTML("beforeend", `<${tag} ${html}></${tag}>`);
    const element = document.body.lastElementChild as GoalpostElement;
    element.options = {
      fetch: (input, init) => {
        const request = new Request(input, init);
        requests.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request);
      },
    };
    return element;
  };
  return { tag, create, requests };
}

const user = (sub: string) => signDemoToken({ sub, acc: "element", role: "sdr", name: sub });
const ready = (element: GoalpostElement) =>
  new Promise<GoalpostElementEventMap["ready"]>((resolve) =>
    element.addEventListener("ready", resolve, { once: true }),
  );

describe("<goalpost-widget>", () => {
  it("starts once it has api-base and a token, inline in itself, with its attributes", async () => {
    const { create, requests } = defineFresh();
    const element = create(`theme="dark" locale="de-DE"`);
    expect(element.widget).toBeUndefined(); // no api-base or token yet
    element.setAttribute("api-base", apiBase);
    expect(element.widget).toBeUndefined();
    const started = ready(element);
    element.token = await user("el-one");
    const event = await started;
    expect(event.detail.session.user.id).toBe("el-one");
    expect(element.getAttribute("data-goalpost-theme")).toBe("dark");
    await vi.waitFor(() =>
      expect(element.shadowRoot?.querySelector('.gp-panel[data-mode="inline"]')).not.toBeNull(),
    );
    expect(requests).toEqual(["GET /v1/session"]);
  });

  it("takes the token from its attribute too", async () => {
    const { create } = defineFresh();
    const element = create(`api-base="${apiBase}" token="${await user("el-attr")}"`);
    const event = await ready(element);
    expect(event.detail.session.user.id).toBe("el-attr");
  });

  it("re-identifies when the token changes, applies theme at once, restarts on api-base", async () => {
    const { create, requests } = defineFresh();
    const element = create(`api-base="${apiBase}" theme="light"`);
    element.token = await user("el-a");
    await ready(element);
    const widget = element.widget;

    const switched = ready(element);
    element.token = await user("el-b");
    expect((await switched).detail.session.user.id).toBe("el-b");
    expect(element.widget).toBe(widget); // same widget, new session
    element.setAttribute("theme", "dark");
    expect(element.getAttribute("data-goalpost-theme")).toBe("dark");
    expect(requests).toHaveLength(2);

    const restarted = ready(element);
    element.setAttribute("api-base", `${apiBase}/`);
    await restarted;
    expect(element.widget).not.toBe(widget);
    await vi.waitFor(() =>
      expect(element.shadowRoot?.querySelectorAll(".gp-panel")).toHaveLength(1),
    );
  });

  it("destroys on disconnect, survives a move, and starts again when reconnected", async () => {
    const { create } = defineFresh();
    const element = create(`api-base="${apiBase}"`);
    element.token = await user("el-move");
    await ready(element);
    const widget = element.widget;

    document.body.prepend(document.createElement("header"));
    document.body.prepend(element); // a move: disconnected and connected in one go
    await Promise.resolve();
    expect(element.widget).toBe(widget);

    element.remove();
    await Promise.resolve();
    expect(element.widget).toBeUndefined();
    expect(element.shadowRoot?.childNodes).toHaveLength(0);
    expect(element.hasAttribute("data-goalpost-widget")).toBe(false);
    await expect(widget?.goalpost.agreeMetric("meetings-booked")).rejects.toThrow(/destroyed/);

    const again = ready(element);
    document.body.append(element);
    await again;
    expect(element.widget).not.toBe(widget);
  });

  it("forwards open and close as DOM events, and a bad theme is a warning, not an exception", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { create } = defineFresh();
    const element = create(`api-base="${apiBase}"`);
    element.token = await user("el-events");
    await ready(element);
    const seen: string[] = [];
    element.addEventListener("open", () => seen.push("open"));
    element.addEventListener("close", () => seen.push("close"));
    element.addEventListener("error", (event) => seen.push(`error ${event.detail.action}`));
    element.setAttribute("open", "");
    element.removeAttribute("open");
    element.setAttribute("theme", "sepia");
    expect(seen).toEqual(["open", "close", "error setTheme"]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/unknown theme "sepia"/));
  });

  it("keeps a token and options set before it was defined, and follows later tokens", async () => {
    const { tag, create, requests } = defineFresh({ define: false });
    const element = create(`api-base="${apiBase}"`); // options (a recording fetch) set here
    element.token = await user("el-early");
    expect(customElements.get(tag)).toBeUndefined();
    defineGoalpostElement(tag); // the script arrives: the element is upgraded
    const event = await ready(element);
    expect(event.detail.session.user.id).toBe("el-early");
    expect(requests).toEqual(["GET /v1/session"]); // one start, through the options' fetch
    expect(Object.hasOwn(element, "token") || Object.hasOwn(element, "options")).toBe(false);

    const switched = ready(element);
    const widget = element.widget;
    element.token = await user("el-later");
    expect((await switched).detail.session.user.id).toBe("el-later");
    expect(element.widget).toBe(widget);
    expect(requests).toEqual(["GET /v1/session", "GET /v1/session"]);
  });

  it("types its events' payloads", async () => {
    const { create } = defineFresh();
    const element = create(`api-base="${apiBase}"`);
    const names: string[] = [];
    const listener = (event: GoalpostElementEventMap["ready"]) =>
      names.push(event.detail.session.user.id);
    element.addEventListener("ready", listener);
    element.addEventListener("goal:achieved", (event) => names.push(event.detail.goal.id));
    // @ts-expect-error: the ready event carries a session, not a goal
    element.addEventListener("ready", (event) => event.detail.goal);
    element.addEventListener("click", (event) => event.clientX); // the DOM's own, unchanged
    element.token = await user("el-typed");
    await ready(element);
    element.removeEventListener("ready", listener);
    expect(names).toEqual(["el-typed"]);
  });

  it("defining twice, or under a taken name, is harmless", () => {
    const { tag } = defineFresh();
    const defined = customElements.get(tag);
    expect(() => defineGoalpostElement(tag)).not.toThrow();
    expect(customElements.get(tag)).toBe(defined);
  });
});
