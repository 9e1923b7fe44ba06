/**
 * Focuses the control of the first field in `form` that shows a problem (`.gp-error`): a radio
 * group's chosen point, else its first control; and scrolls the problem itself into view (the
 * panel's body scrolls, with room kept for its sticky action bar). A problem of no field is
 * scrolled into view only.
 */
export function focusFirstProblem(form: HTMLElement | null | undefined): void {
  const problem = form?.querySelector(".gp-error");
  const field = problem?.closest(".gp-field, fieldset");
  const control =
    field?.querySelector("input:checked") ?? field?.querySelector("input, select, textarea");
  (control as HTMLElement | null | undefined)?.focus();
  problem?.scrollIntoView?.({ block: "nearest" });
}
