import type { ComponentChildren, RefObject } from "preact";
import { useId } from "preact/hooks";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";
import { ScreenHeading } from "./ScreenHeading.tsx";

/** Props of {@link SetupForm}. */
export interface SetupFormProps {
  title: string;
  /** From `useSave()`. */
  formRef: RefObject<HTMLFormElement | null>;
  saving: boolean;
  submitLabel: string;
  /** Problems that belong to no field. */
  problems: readonly { message: string }[];
  onSubmit(): void;
  /** More buttons after the submit button (before Back). */
  extra?: ComponentChildren;
  /** Below the buttons, so nothing moves into their place (the question about a value). */
  after?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A setup step: heading, fields, problems that belong to no field, and the submit and Back
 * buttons. The submit stays focusable while saving but does nothing (no double submit).
 */
export function SetupForm(props: SetupFormProps) {
  const { t } = useWidget();
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
      <ScreenHeading id={id} text={props.title} />
      {props.children}
      {props.problems.map((problem) => (
        <p key={problem.message} class="gp-error" role="alert">
          {problem.message}
        </p>
      ))}
      <div class="gp-row">
        <button type="submit" class="gp-btn" aria-disabled={props.saving ? "true" : undefined}>
          {props.saving ? t("setupSaving") : props.submitLabel}
        </button>
        {props.extra}
        <GoButton to={{ name: "home" }} label={t("back")} quiet />
      </div>
      {props.after}
    </form>
  );
}
