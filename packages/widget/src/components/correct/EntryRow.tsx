import { type AgreementView, type HistoryEntry, isValidationError, limits } from "@goalpost/core";
import { useId, useLayoutEffect, useRef, useState } from "preact/hooks";
import { errorText } from "../../i18n/errorText.ts";
import { sentence } from "../../i18n/sentence.ts";
import { EntryText } from "../home/EntryText.tsx";
import { focusFirstProblem } from "../parts/focusFirstProblem.ts";
import { useValueCheck } from "../parts/useValueCheck.ts";
import { ValueQuestion } from "../parts/ValueQuestion.tsx";
import { ValueInput } from "../setup/ValueInput.tsx";
import { useWidget } from "../WidgetContext.ts";
import { cancelOnEscape } from "./cancelOnEscape.ts";
import { focusValue } from "./focusValue.ts";
import { useCorrectionSaid } from "./useCorrectionSaid.ts";
import { useEditDraft } from "./useEditDraft.ts";

/** Which control takes focus after the one pressed is replaced. */
type Focus = "edit" | "delete" | "confirm" | "field";

/**
 * One of the user's own entries in the log screen's list, with Edit and Delete. Edit turns the
 * row into its correction (value and note, asked once about an implausible value; Escape or
 * Cancel leaves it as it was; kept as a draft while open). Delete asks first, in place. Focus
 * goes to what takes the pressed control's place; what happened is announced.
 */
export function EntryRow({
  view,
  entry,
  onDeleted,
}: {
  view: AgreementView;
  entry: HistoryEntry;
  /** After the entry was deleted (its row goes): the list keeps the user's place. */
  onDeleted(): void;
}) {
  const { goalpost, t, format, announce } = useWidget();
  const { metric } = view;
  const agreementId = view.agreement.id;
  const edit = useEditDraft(`entry:${entry.id}`, () => ({
    text: format.inputNumber(entry.value),
    note: entry.note ?? "",
  }));
  const { text, note } = edit.draft;
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const focusNext = useRef<Focus | undefined>(undefined);
  const row = useRef<HTMLLIElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const check = useValueCheck(agreementId, format.parseNumber(text));
  const said = useCorrectionSaid(agreementId);

  // The control pressed is replaced (the line by the form, Delete by its question): focus goes
  // to what took its place.
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === "field") focusValue(formRef.current);
    else if (target) row.current?.querySelector<HTMLElement>(`[data-focus="${target}"]`)?.focus();
  });

  const described = `${format.value(metric, entry.value)}, ${format.date(entry.at)}`;
  const move = (to: Focus) => {
    focusNext.current = to;
  };
  const start = () => {
    setErrors({});
    edit.start();
    move("field");
  };
  const stop = () => {
    setErrors({});
    check.dismiss();
    edit.stop();
    move("edit");
  };
  const ask = (yes: boolean) => {
    setErrors({});
    setConfirming(yes);
    move(yes ? "confirm" : "delete");
  };
  const fail = (found: Record<string, string>) => {
    setErrors(found);
    announce(Object.values(found).join(" "));
    setTimeout(() => focusFirstProblem(formRef.current)); // once the problem is shown
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (sending.current) return;
    const value = format.parseNumber(text);
    if (text.trim() === "" || Number.isNaN(value))
      return fail({ value: t(metric.scale ? "pickPoint" : "enterNumber") });
    const typed = note.trim();
    const correction: { value?: number; note?: string | null } = {};
    if (value !== entry.value) correction.value = value;
    if (typed !== (entry.note ?? "")) correction.note = typed || null;
    if (!Object.keys(correction).length) return stop(); // nothing changed: as Cancel
    if (correction.value !== undefined && check.holds(value)) return; // asked once
    sending.current = true;
    setBusy(true);
    const before = said.before();
    try {
      await goalpost.correctEntry(entry.id, correction);
    } catch (error) {
      goalpost.clearError(); // shown here, by its field
      sending.current = false;
      setBusy(false);
      const found: Record<string, string> = {};
      for (const { path, message } of isValidationError(error) ? error.issues : []) {
        found[path[0] === "value" || path[0] === "note" ? path[0] : "form"] = sentence(message);
      }
      if (!Object.keys(found).length) found.form = errorText(error, t);
      return fail(found);
    }
    sending.current = false;
    setBusy(false);
    stop();
    void said.after(entry.id, before, "entryCorrected", "entryCorrectedPending");
  }

  async function remove() {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    const before = said.before();
    try {
      await goalpost.deleteEntry(entry.id);
    } catch (error) {
      goalpost.clearError(); // shown here, in the row
      sending.current = false;
      setBusy(false);
      setErrors({ form: errorText(error, t) });
      return;
    }
    onDeleted(); // the row is gone
    void said.after(entry.id, before, "entryDeleted", "entryDeletedPending");
  }

  const problem = errors.form && (
    <p class="gp-error" role="alert">
      {errors.form}
    </p>
  );

  if (edit.open) {
    return (
      <li ref={row} class="gp-entry">
        <form
          ref={formRef}
          class="gp-card gp-stack"
          noValidate
          onSubmit={submit}
          onKeyDown={cancelOnEscape(stop)}
        >
          <fieldset class="gp-stack">
            <legend>{t("entryEditLegend", { entry: described })}</legend>
            <ValueInput
              metric={metric}
              label={metric.name}
              description=""
              text={text}
              onInput={(typed) => edit.update({ text: typed })}
              error={errors.value}
            />
            <div class="gp-field">
              <label for={id}>{t("noteLabel")}</label>
              <textarea
                id={id}
                class="gp-textarea"
                maxLength={limits.noteLength}
                value={note}
                aria-invalid={errors.note ? "true" : undefined}
                aria-describedby={errors.note ? `${id}-e` : undefined}
                onInput={(event) => edit.update({ note: event.currentTarget.value })}
              />
              {errors.note && (
                <p id={`${id}-e`} class="gp-error">
                  {errors.note}
                </p>
              )}
            </div>
          </fieldset>
          {problem}
          <div class="gp-row">
            <button type="submit" class="gp-btn" aria-disabled={busy ? "true" : undefined}>
              {t(busy ? "saving" : "entrySave")}
            </button>
            <button type="button" class="gp-btn" data-variant="quiet" onClick={stop}>
              {t("entryCancel")}
            </button>
          </div>
          <ValueQuestion metric={metric} check={check} />
        </form>
      </li>
    );
  }

  return (
    <li ref={row} class="gp-entry">
      <EntryText metric={metric} entry={entry} id={`${id}-l`} />
      {confirming ? (
        <fieldset class="gp-stack" onKeyDown={cancelOnEscape(() => ask(false))}>
          <legend id={`${id}-q`}>{t("entryDeleteConfirm", { entry: described })}</legend>
          <div class="gp-row">
            <button
              type="button"
              class="gp-btn"
              data-focus="confirm"
              aria-describedby={`${id}-q`}
              aria-busy={busy ? "true" : undefined}
              onClick={remove}
            >
              {t("entryDeleteYes")}
            </button>
            <button type="button" class="gp-btn" data-variant="quiet" onClick={() => ask(false)}>
              {t("entryDeleteNo")}
            </button>
          </div>
        </fieldset>
      ) : (
        <div class="gp-row">
          <button
            type="button"
            class="gp-btn"
            data-variant="quiet"
            data-focus="edit"
            aria-describedby={`${id}-l`}
            onClick={start}
          >
            {t("entryEdit")}
          </button>
          <button
            type="button"
            class="gp-btn"
            data-variant="quiet"
            data-focus="delete"
            aria-describedby={`${id}-l`}
            onClick={() => ask(true)}
          >
            {t("entryDelete")}
          </button>
        </div>
      )}
      {problem}
    </li>
  );
}
