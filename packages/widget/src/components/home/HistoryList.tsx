import { type AgreementView, checkCorrection, type HistoryEntry } from "@goalpost/core";
import { useRef, useState } from "preact/hooks";
import { EntryRow } from "../correct/EntryRow.tsx";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";
import { EntryText } from "./EntryText.tsx";

/**
 * Every entry of an agreement, newest first, with who produced it; older ones loaded on demand.
 * `editable` (the metric's log screen): open at first, and each of the user's own typed entries
 * can be corrected or deleted there; elsewhere (home) it offers the way to that screen.
 */
export function HistoryList({
  view,
  editable = false,
  describedBy,
}: {
  view: AgreementView;
  editable?: boolean;
  /** Id of the metric's name, read after "Correct an entry" (home lists several metrics). */
  describedBy?: string;
}) {
  const { goalpost, t } = useWidget();
  const [more, setMore] = useState(() => goalpost.hasOlderHistory(view.agreement.id));
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(editable);
  const summary = useRef<HTMLElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  const { metric, history, agreement } = view;
  const me = goalpost.user.value?.id ?? "";
  // The core's rule: the user's own `self` and `scale` entries, of a metric still agreed.
  const ours = (m: HistoryEntry) =>
    agreement.status === "agreed" && !checkCorrection(metric, m, me);
  // A deleted entry's row is gone: the list keeps the user's place (its summary says the count).
  const deleted = () => setTimeout(() => (summary.current ?? empty.current)?.focus());

  if (history.length === 0) {
    return (
      <p class="gp-muted" tabIndex={editable ? -1 : undefined} ref={empty}>
        {t("historyEmpty")}
      </p>
    );
  }

  const loadOlder = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const more = await goalpost.loadHistory(view.agreement.id);
      if (!more) summary.current?.focus(); // the button goes: keep the user's place
      setMore(more);
    } catch {
      // The status bar shows the failure; the button stays for another try.
    }
    setBusy(false);
  };

  return (
    <details
      class="gp-history"
      data-editable={editable ? "" : undefined}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary ref={summary}>{t("historyTitle", { count: history.length })}</summary>
      <ul>
        {history.map((m) =>
          editable && ours(m) ? (
            <EntryRow key={m.id} view={view} entry={m} onDeleted={deleted} />
          ) : (
            <li key={m.id}>
              <EntryText metric={metric} entry={m} />
            </li>
          ),
        )}
      </ul>
      {more && (
        <button
          type="button"
          class="gp-btn"
          data-variant="quiet"
          aria-busy={busy}
          onClick={loadOlder}
        >
          {t(busy ? "loadingOlder" : "showOlder")}
        </button>
      )}
      {!editable && history.some(ours) && (
        <div class="gp-row">
          <GoButton
            to={{ name: "log", agreementId: agreement.id }}
            label={t("historyCorrect")}
            quiet
            {...(describedBy ? { describedBy } : {})}
          />
        </div>
      )}
    </details>
  );
}
