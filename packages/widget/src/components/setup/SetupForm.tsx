import type { ComponentChildren, RefObject } from "preact";
import { useId } from "preact/hooks";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";
import { ScreenHeading } from "./ScreenHeading.tsx";
import { type SetupStep, Stepper } from "./Stepper.tsx";

/** Props of {@link SetupForm}. */
export interface SetupFormProps {
  title: string;
  /** From `useSave()`. */
  formRef: RefObject<HTMLFormElement | null>;
  saving: boolean;
  /** The submit button's label; none when the form's own choices submit it (the team's level). */
  submitLabel?: string;
  /** Where the step is in the setup, for the stepper above the heading; none outside it. */
  step?: SetupStep;
  /** Whether Back (to home) is offered: not on a first run's first step, which is home. */
  back?: boolean;
  /** Problems that belong to no field. */
  problems: readonly { message: string }[];
  onSubmit(): void;
  /** More buttons after the submit button. */
  extra?: ComponentChildren;
  /** Below the buttons, so nothing moves into their place (the question about a value). */
  after?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A setup step: the stepper, Back and the heading, fields, problems that belong to no field, and
 * the submit button, which stays in view at the bottom. The submit stays focusable while saving but does
 * nothing (no double submit). Saving needs the server: offline, the step says so before it is
 * filled in (what is typed is kept as a draft meanwhile).
 */
export function SetupForm(props: SetupFormProps) {
  const { goalpost, t } = useWidget();
  const id = useId();
  return (
    <form
      ref={props.formRef}
      class="gp-stack"
      aria-labelledby={id}
      aria-busy={props.saving ? "true" : undefined}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.step && <Stepper step={props.step} />}
      <div class="gp-row gp-screen-head">
        {props.back !== false && <GoButton to={{ name: "home" }} label={t("back")} quiet />}
        <ScreenHeading id={id} text={props.title} />
      </div>
      {goalpost.status.value === "offline" && <p class="gp-card">{t("setupNeedsConnection")}</p>}
      {props.children}
      {props.problems.map((problem) => (
        <p key={problem.message} class="gp-error" role="alert">
          {problem.message}
        </p>
      ))}
      {props.submitLabel && (
        <div class="gp-row gp-actions">
          <button type="submit" class="gp-btn" aria-disabled={props.saving ? "true" : undefined}>
            {props.saving ? t("setupSaving") : props.submitLabel}
          </button>
          {props.extra}
        </div>
      )}
      {props.after}
    </form>
  );
}
