import { loader as texts } from "../i18n/messages/loader.ts";
import { applyStyles } from "../styles/applyStyles.ts";
import { loaderCss } from "../styles/loaderCss.ts";
import { attachHost, type WidgetHost } from "./attachHost.ts";
import { followTheme, type Theme } from "./followTheme.ts";

/** The launcher the loader paints before the app is in. */
export interface PaintedLauncher {
  /** Pressed (or `open`) before the app is in: says it is on its way. */
  busy(): void;
  /** The app could not load: says so, and pressing it tries again. */
  failed(): void;
  /** Takes out of the page everything it added. */
  remove(): void;
  /**
   * Hands the host to the app: the loader stops following the theme (the app does), and once
   * the app's own launcher is painted (`painted`) the loader's goes, the focus moving to the new
   * one if the old one had it.
   */
  release(): WidgetHost;
}

/**
 * Paints the floating launcher with plain DOM in a shadow root of its own host, with the small
 * stylesheet of src/styles/loaderCss.ts, themed as the widget will be (`theme`, dark mode, the
 * host's --gp-* overrides) and styled under a strict CSP as the widget is (`nonce`). Its label
 * is `messages.launcherLabel` when given. `intent` is called on a pointer over it, focus or a
 * touch; `click` when it is pressed.
 */
export function paintLauncher(
  options: { theme?: unknown; nonce?: unknown; messages?: unknown },
  on: { intent(): void; click(): void },
): PaintedLauncher {
  const { theme, nonce } = options;
  const messages = (options.messages ?? {}) as Record<string, unknown>;
  const text = (key: keyof typeof texts) => {
    const given = messages[key];
    return typeof given === "string" ? given : texts[key];
  };
  const place = attachHost(undefined);
  const { host, shadow } = place;
  const removeStyles = applyStyles(
    shadow,
    loaderCss,
    typeof nonce === "string" ? nonce : undefined,
  );
  const button = document.createElement("button");
  button.type = "button";
  button.className = "gp-launcher";
  button.setAttribute("aria-expanded", "false");
  const svg = "http://www.w3.org/2000/svg";
  const icon = document.createElementNS(svg, "svg");
  const path = document.createElementNS(svg, "path");
  const attributes = (element: Element, values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) element.setAttribute(name, value);
  };
  attributes(icon, { "aria-hidden": "true", viewBox: "0 0 24 24", width: "22", height: "22" });
  attributes(path, {
    d: "M4 20V4m0 0h11l-2 4 2 4H4",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": "2",
  });
  icon.append(path);
  const label = document.createElement("span");
  label.textContent = text("launcherLabel");
  const status = document.createElement("span");
  button.append(icon, label, status);
  for (const intent of ["pointerenter", "focus", "touchstart"])
    button.addEventListener(intent, on.intent, { passive: true });
  button.addEventListener("click", on.click);
  shadow.append(button);
  let stopTheme = followTheme(host, (theme ?? "auto") as Theme);
  place.insert();
  const show = (kind: "gp-sr-only" | "gp-badge", words: string) => {
    status.className = kind;
    status.textContent = words;
  };
  return {
    busy() {
      button.setAttribute("aria-busy", "true");
      show("gp-sr-only", ` — ${text("launcherLoading")}`);
    },
    failed() {
      button.removeAttribute("aria-busy");
      show("gp-badge", text("launcherFailed"));
    },
    remove() {
      stopTheme();
      removeStyles();
      button.remove();
      place.remove();
    },
    release() {
      stopTheme();
      stopTheme = () => {};
      return {
        ...place,
        painted() {
          const focused = shadow.activeElement === button;
          button.remove();
          removeStyles();
          if (focused) shadow.querySelector<HTMLElement>(".gp-launcher")?.focus();
        },
      };
    },
  };
}
