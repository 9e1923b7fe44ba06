import type { Metric } from "@goalpost/core";
import { useId, useLayoutEffect, useRef } from "preact/hooks";
import type { MessageKey } from "../../i18n/messages.ts";
import { useWidget } from "../WidgetContext.ts";
import type { ValueCheck } from "./useValueCheck.ts";

const whyKey: Record<string, MessageKey> = {
  "history above": "valueCheckAboveSeen",
  "history below": "valueCheckBelowSeen",
  "range above": "valueCheckAboveRange",
  "range below": "valueCheckBelowRange",
};

/**
 * The question before an implausible value is saved ("6 hours → 1,000 hours?"), under the form's
 * Save, so nothing moves into Save's place. It is announced and takes the focus on its
 * "Save anyway" (a submit: the form's second Save); "Change it" goes back to the number field.
 */
export function ValueQuestion({ metric, check }: { metric: Metric; check: ValueCheck }) {
  const { t, format, announce } = useWidget();
  const id = useId();
  const saveRef = useRef<HTMLButtonElement>(null);
  const { asked } = check;

  const figures = asked && {
    from: asked.previous === undefined ? "" : format.value(metric, asked.previous),
    to: format.value(metric, asked.value),
    why: t(whyKey[`${asked.reason} ${asked.side}`] ?? "valueCheckAboveSeen", {
      limit: format.value(metric, asked.limit),
    }),
  };
  const first = asked?.previous === undefined;
  useLayoutEffect(() => {
    if (!figures) return;
    announce(t(first ? "valueCheckAnnounceFirst" : "valueCheckAnnounce", figures));
    saveRef.current?.focus();
  }, [asked]);
  if (!figures) return null;

  const change = () => {
    const field = saveRef.current?.closest("form")?.querySelector<HTMLInputElement>(".gp-number");
    check.dismiss();
    field?.focus();
    field?.select();
  };
  return (
    <div class="gp-card">
      <fieldset class="gp-stack">
        <legend id={`${id}-q`}>
          {t(first ? "valueCheckQuestionFirst" : "valueCheckQuestion", figures)}
        </legend>
        <p id={`${id}-w`} class="gp-muted">
          {figures.why}
        </p>
        <div class="gp-row">
          <button ref={saveRef} type="submit" class="gp-btn" aria-describedby={`${id}-q ${id}-w`}>
            {t("valueCheckSave")}
          </button>
          <button type="button" class="gp-btn" data-variant="quiet" onClick={change}>
            {t("valueCheckChange")}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
