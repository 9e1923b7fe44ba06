import { h, render } from "preact";
import { type ConsoleToken, createConsoleClient } from "./client/createConsoleClient.ts";
import { ConsoleApp } from "./components/ConsoleApp.tsx";
import { consoleCss } from "./styles.css.ts";

/** A `<goalpost-console>` element. */
export interface ConsoleElement extends HTMLElement {
  /** The staff member's console token, or a provider of one. A property: the DOM never shows it. */
  token: ConsoleToken | null;
  /** Where `fetch` comes from (tests, proxies). @default globalThis.fetch */
  fetch: typeof fetch | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    "goalpost-console": ConsoleElement;
  }
}

/**
 * Defines `<goalpost-console>` (under `tagName`): the console in the element's shadow root,
 * reading the API at its `api-base` attribute (default: the page's origin) with its `token`
 * property; `theme` is `light`, `dark` or `auto` (the system's); `page` makes it the page's
 * banner and main content (the standalone /console/), else it is a region. Does nothing where custom
 * elements are missing or the name is taken.
 * @example
 * defineConsoleElement();
 * // <goalpost-console api-base="https://goalpost.example.com" theme="auto"></goalpost-console>
 * document.querySelector("goalpost-console").token = consoleToken;
 */
export function defineConsoleElement(tagName = "goalpost-console"): void {
  if (typeof customElements === "undefined" || customElements.get(tagName)) return;

  class Element extends HTMLElement implements ConsoleElement {
    static observedAttributes = ["api-base", "page"];
    #token: ConsoleToken | null = null;
    #fetch: typeof fetch | undefined;
    #root: ShadowRoot | undefined;

    get token() {
      return this.#token;
    }
    set token(value: ConsoleToken | null) {
      this.#token = value;
      this.#render();
    }
    get fetch() {
      return this.#fetch;
    }
    set fetch(value: typeof fetch | undefined) {
      this.#fetch = value;
      this.#render();
    }
    connectedCallback() {
      if (!this.#root) {
        this.#root = this.attachShadow({ mode: "open" });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(consoleCss);
        this.#root.adoptedStyleSheets = [sheet];
      }
      this.#render();
    }
    disconnectedCallback() {
      if (this.#root) render(null, this.#root);
    }
    attributeChangedCallback() {
      this.#render();
    }
    #render() {
      if (!this.#root || !this.isConnected) return;
      const token = this.#token;
      const apiBase = this.getAttribute("api-base") || location.origin;
      const client = token
        ? createConsoleClient({ apiBase, token, ...(this.#fetch ? { fetch: this.#fetch } : {}) })
        : undefined;
      // A new client (token or base) starts the reads again: the key remounts the app.
      const key = `${apiBase} ${typeof token === "string" ? token : token ? "provider" : ""}`;
      render(
        h(ConsoleApp, {
          key,
          client,
          token: typeof token === "string" ? token : undefined,
          now: () => new Date(),
          page: this.hasAttribute("page"),
        }),
        this.#root,
      );
    }
  }
  customElements.define(tagName, Element);
}
