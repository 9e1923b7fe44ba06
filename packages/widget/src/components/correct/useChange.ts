import { useLayoutEffect, useRef } from "preact/hooks";
import { useSave } from "../setup/useSave.ts";
import { focusValue } from "./focusValue.ts";
import { useEditDraft } from "./useEditDraft.ts";

type Fields = Record<string, unknown>;

/**
 * A change of the agreement opened in place by its button (see {@link ChangeForm}): the draft
 * while open, saving as the setup steps do, and focus on the value when it opens and back on the
 * button when it closes (the control pressed is gone or moved).
 */
export function useChange<T extends Fields>(form: string, fresh: () => T) {
  const edit = useEditDraft(form, fresh);
  const saving = useSave();
  const toggle = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<"toggle" | "field" | undefined>(undefined);
  const focusField = () => focusValue(saving.formRef.current);
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === "toggle") toggle.current?.focus();
    if (target === "field") focusField();
  });
  return {
    ...saving,
    ...edit,
    toggle,
    focusField,
    start() {
      edit.start();
      focusNext.current = "field";
    },
    stop() {
      edit.stop();
      focusNext.current = "toggle";
    },
  };
}

export type Change = ReturnType<typeof useChange>;
