import {
  type AgreementView,
  type Goalpost,
  isGoalpostError,
  isValidationError,
  unitStep,
  valueBounds,
} from "@goalpost/core";
import { metricFormat } from "../shared/metricFormat.ts";
import { unitName } from "../shared/unitName.ts";
import { el } from "./el.ts";

let forms = 0;

/** The inline "log progress" form of one row. */
export interface ProgressForm {
  element: HTMLFormElement;
  /** Shows the form for this agreement and puts the focus in its field. */
  open(view: AgreementView): void;
  close(): void;
}

/**
 * A one-field form that logs a self-reported value through `goalpost.logProgress`. The core
 * checks the value (the form has `novalidate`, so its messages are the ones shown) and queues
 * it in the outbox: the row shows it at once, marked as sending until the server has it.
 */
export function createProgressForm(
  goalpost: Goalpost,
  options: { onDone(message: string | undefined): void },
): ProgressForm {
  const form = el("form", "gp-log");
  form.noValidate = true;
  form.hidden = true;
  const id = `gp-log-${++forms}`;
  form.id = id;
  const label = el("label", "gp-log__label");
  label.htmlFor = `${id}-value`;
  const input = el("input", "gp-log__input");
  input.id = `${id}-value`;
  input.type = "number";
  input.inputMode = "decimal";
  const save = el("button", "gp-button gp-button--primary", "Save");
  save.type = "submit";
  const cancel = el("button", "gp-button", "Cancel");
  cancel.type = "button";
  const problem = el("p", "gp-log__problem");
  problem.id = `${id}-problem`;
  problem.setAttribute("aria-live", "polite");
  form.append(label, input, save, cancel, problem);

  let view: AgreementView | undefined;

  const showProblem = (message: string) => {
    problem.textContent = message;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", problem.id);
    input.focus();
  };
  const clearProblem = () => {
    problem.textContent = "";
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
  };
  const close = () => {
    if (form.hidden) return;
    form.hidden = true;
    clearProblem();
    options.onDone(undefined);
  };

  cancel.addEventListener("click", close);
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!view) return;
    const { agreement, metric } = view;
    // An empty or garbled field is NaN: the core answers "must be a number" at path ["value"].
    const value = input.value.trim() === "" ? Number.NaN : input.valueAsNumber;
    save.disabled = true;
    try {
      await goalpost.logProgress({ agreementId: agreement.id, value });
      form.hidden = true;
      clearProblem();
      options.onDone(`Logged ${metricFormat.value(metric, value)} for ${metric.name}.`);
    } catch (error) {
      if (isValidationError(error)) {
        showProblem(error.issues.map((issue) => issue.message).join("; "));
      } else {
        showProblem(isGoalpostError(error) ? error.message : "Something went wrong.");
      }
    } finally {
      save.disabled = false;
    }
  });

  return {
    element: form,
    open(next) {
      view = next;
      const { metric, current } = next;
      const { min, max } = valueBounds(metric);
      label.textContent = `New value (${unitName(metric)})`;
      input.min = String(min);
      input.max = String(max);
      input.step = String(unitStep(metric));
      input.value = current ? String(current.value) : "";
      clearProblem();
      form.hidden = false;
      input.focus();
      input.select();
    },
    close,
  };
}
