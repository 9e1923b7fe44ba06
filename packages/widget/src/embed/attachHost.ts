import { GoalpostError } from "@goalpost/core";

/** Where the widget lives: its host element and shadow root, inline or as a floating launcher. */
export interface WidgetHost {
  host: Element;
  shadow: ShadowRoot;
  mode: "inline" | "launcher";
  /** Puts the host in the page (launcher mode); inline hosts are the host page's own. */
  insert(): void;
  /** Takes out of the page everything `insert` and the widget added. */
  remove(): void;
  /** Called once the widget's first render is in (the loader then takes its own launcher out). */
  painted?(): void;
}

/** A launcher host made before the widget (the script tag's loader paints one), to be used once. */
let handedOver: WidgetHost | undefined;

/**
 * Hands the next launcher widget a host already in the page (the loader's, with its launcher),
 * instead of a new one; `undefined` takes it back. Inline widgets never take it.
 */
export function handOverHost(place: WidgetHost | undefined): void {
  handedOver = place;
}

/**
 * Finds the target (an element or a selector) and opens a shadow root on it, or, without a
 * target, makes a detached `<div>` for the launcher. Throws, having changed nothing, when the
 * selector matches nothing or the element cannot have a shadow root (`<input>`, `<img>`…).
 */
export function attachHost(target: Element | string | undefined): WidgetHost {
  const handed = handedOver;
  handedOver = undefined;
  if (target === undefined && handed) return handed;
  const found = typeof target === "string" ? document.querySelector(target) : target;
  if (target !== undefined && !found)
    throw new GoalpostError(`no element matches the target ${JSON.stringify(target)}`);
  const host = found ?? document.createElement("div");
  let shadow: ShadowRoot;
  try {
    shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  } catch (cause) {
    throw new GoalpostError(`the target <${host.localName}> cannot hold the widget`, { cause });
  }
  return {
    host,
    shadow,
    mode: found ? "inline" : "launcher",
    insert() {
      host.setAttribute("data-goalpost-widget", "");
      // An async script can run before <body> exists; the launcher is fixed-position anyway.
      if (!found && !host.isConnected) (document.body ?? document.documentElement).append(host);
    },
    remove() {
      host.removeAttribute("data-goalpost-widget");
      host.removeAttribute("data-goalpost-theme");
      if (!found) host.remove();
    },
  };
}
