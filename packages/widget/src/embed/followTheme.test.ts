import { afterEach, describe, expect, it } from "vitest";
import { followTheme, hostScheme } from "./followTheme.ts";

const settings = (
  window as unknown as { happyDOM: { settings: { device: { prefersColorScheme: string } } } }
).happyDOM.settings.device;

afterEach(() => {
  settings.prefersColorScheme = "light";
  document.documentElement.removeAttribute("style");
  document.documentElement.removeAttribute("class");
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function host() {
  const element = document.createElement("div");
  document.body.append(element);
  return element;
}
const nextMutation = () => new Promise((resolve) => setTimeout(resolve));

describe("followTheme", () => {
  it("applies a fixed theme as is", () => {
    settings.prefersColorScheme = "dark";
    const element = host();
    followTheme(element, "light")();
    expect(element.dataset.goalpostTheme).toBe("light");
    followTheme(element, "dark");
    expect(element.dataset.goalpostTheme).toBe("dark");
  });

  it("auto follows prefers-color-scheme when the host page declares nothing", () => {
    const element = host();
    followTheme(element, "auto");
    expect(element.dataset.goalpostTheme).toBe("light");
    settings.prefersColorScheme = "dark";
    followTheme(element, "auto");
    expect(element.dataset.goalpostTheme).toBe("dark");
  });

  it("auto follows the host page's color-scheme over the user's preference", async () => {
    settings.prefersColorScheme = "dark";
    // A host page's dark mode: a class on <html>. (`body` is listed because happy-dom does not
    // inherit color-scheme as browsers do.)
    document.head.innerHTML = `<style>
      html, body { color-scheme: light }
      html.dark, html.dark body { color-scheme: dark }
      html.both, html.both body { color-scheme: light dark }
    </style>`;
    const element = host();
    const stop = followTheme(element, "auto");
    expect(element.dataset.goalpostTheme).toBe("light");
    document.documentElement.className = "dark";
    await nextMutation();
    expect(element.dataset.goalpostTheme).toBe("dark");
    settings.prefersColorScheme = "light";
    document.documentElement.className = "both"; // supports both: the user's preference
    await nextMutation();
    expect(element.dataset.goalpostTheme).toBe("light");
    stop();
    document.documentElement.className = "dark";
    await nextMutation();
    expect(element.dataset.goalpostTheme).toBe("light"); // stopped: no longer watching
  });

  it("reads a host page's <meta name=color-scheme> and a dark section around the widget", async () => {
    const element = host();
    followTheme(element, "auto");
    document.head.innerHTML = `<meta name="color-scheme" content="only dark">`;
    await nextMutation();
    expect(element.dataset.goalpostTheme).toBe("dark");

    const section = document.createElement("section");
    section.style.colorScheme = "light";
    document.body.append(section);
    const inner = document.createElement("div");
    section.append(inner);
    expect(hostScheme(inner)).toBe("light");
  });
});
