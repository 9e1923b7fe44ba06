import type { ComponentChildren } from "preact";
import { useWidget } from "../WidgetContext.ts";
import { cancelOnEscape } from "./cancelOnEscape.ts";
import type { Change } from "./useChange.ts";

/** Props of {@link ChangeForm}. */
export interface ChangeFormProps {
  change: Change;
  /** What it is now ("Baseline: 4 meetings, Mar 3, 2026"). */
  now: ComponentChildren;
  label: string;
  submitLabel: string;
  /** Field of the problems shown by their field; the others are shown with the form. */
  field: string;
  onSubmit(): void;
  /** Below the buttons (the question about a value). */
  after?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * What a value of the agreement is now, with the button that opens its change below (a
 * disclosure): the fields, problems of no field, Save and Cancel; Escape cancels. Saving needs
 * the server: offline, it says so before anything is typed (what is typed is kept as a draft).
 */
export function ChangeForm(props: ChangeFormProps) {
  const { goalpost, t } = useWidget();
  const { change } = props;
  return (
    <div class="gp-stack">
      <div class="gp-row gp-change">
        <p>{props.now}</p>
        <button
          ref={change.toggle}
          type="button"
          class="gp-btn"
          data-variant="quiet"
          aria-expanded={change.open ? "true" : "false"}
          onClick={change.open ? change.stop : change.start}
        >
          {props.label}
        </button>
      </div>
      {change.open && (
        <form
          ref={change.formRef}
          class="gp-card gp-stack"
          aria-busy={change.saving ? "true" : undefined}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            props.onSubmit();
          }}
          onKeyDown={cancelOnEscape(change.stop)}
        >
          {goalpost.status.value === "offline" && <p>{t("changesOffline")}</p>}
          {props.children}
          {change.rest([[props.field]]).map((problem) => (
            <p key={problem.message} class="gp-error" role="alert">
              {problem.message}
            </p>
          ))}
          <div class="gp-row">
            <button type="submit" class="gp-btn" aria-disabled={change.saving ? "true" : undefined}>
              {change.saving ? t("setupSaving") : props.submitLabel}
            </button>
            <button type="button" class="gp-btn" data-variant="quiet" onClick={change.stop}>
              {t("entryCancel")}
            </button>
          </div>
          {props.after}
        </form>
      )}
    </div>
  );
}
