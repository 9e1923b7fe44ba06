import type { Page } from "playwright-core";

/** The element that has focus, through open shadow roots, as a test can assert on it. */
export interface FocusedElement {
  /** Lower-case tag name ("body" when nothing in particular has focus). */
  tag: string;
  /** `type` of an input, `role` of anything else, or "". */
  type: string;
  /** Its label's rendered text (an input's first label), else its own, whitespace collapsed. */
  name: string;
  /** Checked state of a checkbox or radio; undefined for other elements. */
  checked?: boolean;
  /** Value of an input, select or textarea; undefined for other elements. */
  value?: string;
  /** Whether it lives in a shadow root (the widget's). */
  inShadow: boolean;
}

/** Describes the deepest focused element, descending through open shadow roots. */
export function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    let element = document.activeElement;
    let inShadow = false;
    while (element?.shadowRoot?.activeElement) {
      element = element.shadowRoot.activeElement;
      inShadow = true;
    }
    if (!element) return { tag: "none", type: "", name: "", inShadow };
    const field =
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
        ? element
        : undefined;
    const input = element instanceof HTMLInputElement ? element : undefined;
    const checkable = input?.type === "checkbox" || input?.type === "radio";
    // Rendered text (no helper function: tsx would wrap it in a __name the page lacks). Layout
    // matters: grid and block children read apart, as in accessible names.
    const labelled = field?.labels?.[0] ?? element;
    // biome-ignore lint/performance/useDomNodeTextContent: layout is the point, see above
    const text = labelled instanceof HTMLElement ? labelled.innerText : labelled.textContent;
    return {
      tag: element.localName,
      type: input?.type ?? element.getAttribute("role") ?? "",
      name: text?.replace(/\s+/g, " ").trim() ?? "",
      ...(checkable ? { checked: input.checked } : {}),
      ...(field && !checkable ? { value: field.value } : {}),
      inShadow,
    };
  });
}

/**
 * Presses `key` (Tab by default) until the focused element matches, and returns it; throws with
 * the focus path when it is not reached within `max` presses. Keyboard only: it never clicks.
 */
export async function tabTo(
  page: Page,
  match: (element: FocusedElement) => boolean,
  { key = "Tab", max = 25 }: { key?: string; max?: number } = {},
): Promise<FocusedElement> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const element = await focused(page);
    if (match(element)) return element;
    path.push(`${element.tag}[${element.type}] "${element.name.slice(0, 40)}"`);
  }
  throw new Error(`not reached after ${max} × ${key}; focus went:\n  ${path.join("\n  ")}`);
}

/** A matcher for {@link tabTo}: tag and the start of the name. */
export const named =
  (tag: string, name: string | RegExp) =>
  (element: FocusedElement): boolean =>
    element.tag === tag &&
    (typeof name === "string" ? element.name.startsWith(name) : name.test(element.name));
