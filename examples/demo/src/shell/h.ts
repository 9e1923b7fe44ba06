/** Attributes of an element: `true` sets an empty attribute, `false` and undefined leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | false | undefined;

const apply = <E extends Element>(element: E, attributes: Attributes, children: Child[]): E => {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
};

/**
 * Creates an HTML element with attributes and children, without innerHTML (no markup is ever
 * parsed from data) and without style attributes (the page runs under a strict CSP).
 * @example h("a", { href: "./" }, "Visitors")
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return apply(document.createElement(tag), attributes, children);
}

/** The same for SVG elements. @example svg("rect", { x: 0, width: 10, class: "bar" }) */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return apply(document.createElementNS("http://www.w3.org/2000/svg", tag), attributes, children);
}

/** The element with this id, or a clear error when the page lacks it. */
export function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as E;
}
