/** Focuses the value to change in `scope`: a scale's or a list's chosen point, else its first field. */
export function focusValue(scope: Element | null | undefined): void {
  const field = scope?.querySelector("input:checked") ?? scope?.querySelector("input");
  (field as HTMLElement | null | undefined)?.focus();
}
