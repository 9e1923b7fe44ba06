import { useEffect, useRef } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";
import { Field } from "./Field.tsx";

/** One action row of the goal form; `key` keeps rows apart while they are added and removed. */
export interface ActionRow {
  key: number;
  title: string;
  owner: "customer" | "vendor";
}

let nextKey = 0;

/** A new action row; rows restored from a draft are made anew too, so their keys stay apart. */
export const actionRow = (title = "", owner: ActionRow["owner"] = "customer"): ActionRow => ({
  key: nextKey++,
  title,
  owner,
});

/** Props of {@link GoalActions}. */
export interface GoalActionsProps {
  rows: readonly ActionRow[];
  onChange(rows: ActionRow[]): void;
  /** The problem with row `i`'s title, if any. */
  error(i: number): string | undefined;
}

/**
 * The goal's actions: rows with a title and an owner (me or the vendor's team), added and removed
 * by buttons. Focus follows: into a new row's title, back to "Add" after a removal.
 */
export function GoalActions({ rows, onChange, error }: GoalActionsProps) {
  const { t } = useWidget();
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focus = useRef<"new" | "add">(undefined);
  useEffect(() => {
    if (focus.current === "new")
      listRef.current?.querySelector<HTMLInputElement>("li:last-child input")?.focus();
    if (focus.current === "add") addRef.current?.focus();
    focus.current = undefined;
  }, [rows.length]);
  const update = (i: number, change: Partial<ActionRow>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));

  return (
    <fieldset class="gp-stack">
      <legend>{t("goalActions")}</legend>
      <ul ref={listRef} class="gp-stack">
        {rows.map((row, i) => (
          <li key={row.key} class="gp-card">
            <Field label={t("goalActionTitle", { n: i + 1 })} error={error(i)}>
              {(control) => (
                <input
                  {...control}
                  class="gp-input"
                  value={row.title}
                  onInput={(event) => update(i, { title: event.currentTarget.value })}
                />
              )}
            </Field>
            <Field label={t("goalActionOwner", { n: i + 1 })}>
              {(control) => (
                <select
                  {...control}
                  class="gp-select"
                  value={row.owner}
                  onChange={(event) =>
                    update(i, { owner: event.currentTarget.value as ActionRow["owner"] })
                  }
                >
                  <option value="customer">{t("goalOwner_customer")}</option>
                  <option value="vendor">{t("goalOwner_vendor")}</option>
                </select>
              )}
            </Field>
            <button
              type="button"
              class="gp-btn"
              data-variant="quiet"
              onClick={() => {
                focus.current = "add";
                onChange(rows.filter((_, j) => j !== i));
              }}
            >
              {t("goalRemoveAction", { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <button
        ref={addRef}
        type="button"
        class="gp-btn"
        data-variant="quiet"
        onClick={() => {
          focus.current = "new";
          onChange([...rows, actionRow()]);
        }}
      >
        {t("goalAddAction")}
      </button>
    </fieldset>
  );
}
