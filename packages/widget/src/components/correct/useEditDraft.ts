import { useState } from "preact/hooks";
import { useDraft } from "../parts/useDraft.ts";
import { useWidget } from "../WidgetContext.ts";

type Fields = Record<string, unknown>;

/**
 * A correction that opens and closes in place (an entry, the baseline, the level). While it is
 * open its fields are a draft, so a closed panel or a reload finds it open again, as typed;
 * closing it (Cancel, Escape, saved) forgets them. `fresh` gives the fields it opens with.
 */
export function useEditDraft<T extends Fields>(form: string, fresh: () => T) {
  const { ui } = useWidget();
  const [draft, update, discard] = useDraft(form, fresh);
  const [open, setOpen] = useState(() => ui.drafts.get(form) !== undefined);
  return {
    open,
    draft,
    update,
    /** Opens it with the current values, stored at once: it is open until closed. */
    start() {
      update(fresh());
      setOpen(true);
    },
    /** Closes it and forgets what was typed. */
    stop() {
      discard();
      setOpen(false);
    },
  };
}
