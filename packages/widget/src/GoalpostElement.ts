import {
  createWidget,
  type GoalpostWidget,
  type WidgetEvents,
  type WidgetOptions,
} from "./createWidget.tsx";
import { eventNames } from "./embed/eventNames.ts";
import type { Theme } from "./embed/followTheme.ts";

/** The events of `<goalpost-widget>`: the widget's, as CustomEvents with the payload in `detail`. */
export type GoalpostElementEventMap = {
  [E in keyof WidgetEvents]: CustomEvent<WidgetEvents[E]>;
};

/** A `<goalpost-widget>` element. */
export interface GoalpostElement extends HTMLElement {
  /** The user's JWT or a provider; wins over the `token` attribute (which the DOM shows). */
  token: WidgetOptions["token"] | null;
  /** Options attributes cannot carry: `messages`, `onAction`, `fetch`, `storage`. */
  options: Partial<WidgetOptions>;
  /** The running widget, while connected with an `api-base` and a token. */
  readonly widget: GoalpostWidget | undefined;
  /** @example element.addEventListener("goal:achieved", (event) => track(event.detail.goal)); */
  addEventListener<E extends keyof GoalpostElementEventMap>(
    type: E,
    listener: (this: GoalpostElement, event: GoalpostElementEventMap[E]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<E extends keyof HTMLElementEventMap>(
    type: E,
    listener: (this: HTMLElement, event: HTMLElementEventMap[E]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<E extends keyof GoalpostElementEventMap>(
    type: E,
    listener: (this: GoalpostElement, event: GoalpostElementEventMap[E]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<E extends keyof HTMLElementEventMap>(
    type: E,
    listener: (this: HTMLElement, event: HTMLElementEventMap[E]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "goalpost-widget": GoalpostElement;
  }
}

const attributes = ["api-base", "token", "theme", "locale", "nonce", "open"];

/**
 * Defines the `<goalpost-widget>` custom element (under `tagName`): the widget inline in the
 * element, started once it is connected and has an `api-base` and a token, destroyed when it is
 * removed from the page. A new token re-identifies, a new `theme` or `open` applies at once,
 * other changes restart it. Its events are dispatched on it as CustomEvents (payload in
 * `detail`). Does nothing where custom elements are missing or the name is already defined.
 * @example
 * defineGoalpostElement();
 * // <goalpost-widget api-base="https://api.example.com/goalpost" theme="auto"></goalpost-widget>
 * document.querySelector("goalpost-widget").token = jwt;
 */
export function defineGoalpostElement(tagName = "goalpost-widget"): void {
  if (typeof customElements === "undefined" || customElements.get(tagName)) return;

  class Element extends HTMLElement implements GoalpostElement {
    static observedAttributes = attributes;
    #token: WidgetOptions["token"] | null = null;
    #options: Partial<WidgetOptions> = {};
    #widget: GoalpostWidget | undefined;
    /**
     * Between connectedCallback and the disconnection that removes it. Not `isConnected`: an
     * element upgraded in the page hears its attributes before connectedCallback, and each
     * would start (then restart) the widget.
     */
    #connected = false;

    constructor() {
      super();
      // Set before the element was defined (an async script), token and options are own
      // properties hiding the accessors: move them behind (connectedCallback then starts once).
      const { token, options } = Object.getOwnPropertyDescriptors(this);
      Reflect.deleteProperty(this, "token");
      Reflect.deleteProperty(this, "options");
      if (token) this.#token = token.value ?? null;
      if (options) this.#options = options.value ?? {};
    }

    get token() {
      return this.#token ?? this.getAttribute("token");
    }
    set token(token) {
      this.#token = token;
      this.#update("token");
    }
    get options() {
      return this.#options;
    }
    set options(options) {
      this.#options = options;
      this.#update("options");
    }
    get widget() {
      return this.#widget;
    }

    connectedCallback() {
      this.#connected = true;
      this.#update();
    }
    disconnectedCallback() {
      // Moved within the page (disconnected, then connected again at once): keep running.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#connected = false;
        this.#stop();
      });
    }
    attributeChangedCallback(name: string, before: string | null, after: string | null) {
      // The token property, once set, wins over the attribute.
      if (before !== after && !(name === "token" && this.#token)) this.#update(name);
    }

    #update(changed?: string) {
      const apiBase = this.getAttribute("api-base");
      const token = this.token;
      const widget = this.#widget;
      if (!apiBase || !token) return this.#stop();
      if (!this.#connected) return;
      if (!widget) return this.#start(apiBase, token);
      if (changed === "token") void widget.identify(token);
      else if (changed === "theme") widget.setTheme(this.#theme());
      else if (changed === "open") this.hasAttribute("open") ? widget.open() : widget.close();
      else if (changed) {
        this.#stop();
        this.#start(apiBase, token);
      }
    }
    #theme() {
      return (this.getAttribute("theme") ?? "auto") as Theme;
    }
    #start(apiBase: string, token: WidgetOptions["token"]) {
      const locale = this.getAttribute("locale");
      const nonce = this.getAttribute("nonce");
      const widget = createWidget({
        ...this.#options,
        apiBase,
        token,
        target: this,
        theme: this.#theme(),
        open: this.hasAttribute("open"),
        ...(locale ? { locale } : {}),
        ...(nonce ? { nonce } : {}),
      });
      for (const event of eventNames)
        widget.on(event, (detail) => this.dispatchEvent(new CustomEvent(event, { detail })));
      this.#widget = widget;
    }
    #stop() {
      this.#widget?.destroy();
      this.#widget = undefined;
    }
  }
  customElements.define(tagName, Element);
}
