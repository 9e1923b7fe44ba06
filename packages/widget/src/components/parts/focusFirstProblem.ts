/**
 * Focuses the control of the first field in `form` that shows a problem (`.gp-error`): a radio
 * group's chosen point, else its first control.
 */
export function focusFirstProblem(form: HTMLElement | null | undefined): void {
  const field = form?.querySelector(".gp-error")?.closest(".gp-field, fieldset");
  const control =
    field?.querySelector("input:checked") ?? field?.querySelector("input, select, textarea");
  (control as HTMLElement | null | undefined)?.focus();
}
