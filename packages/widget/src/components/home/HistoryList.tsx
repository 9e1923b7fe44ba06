import type { AgreementView } from "@goalpost/core";
import { useRef, useState } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";
import { sourceText } from "./sourceText.ts";

/** Every entry of an agreement, newest first, with its source; older ones loaded on demand. */
export function HistoryList({ view }: { view: AgreementView }) {
  const { goalpost, t, format } = useWidget();
  const [more, setMore] = useState(() => goalpost.hasOlderHistory(view.agreement.id));
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLElement>(null);
  const { metric, history } = view;
  if (history.length === 0) return <p class="gp-muted">{t("historyEmpty")}</p>;

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
    <details class="gp-history">
      <summary ref={summary}>{t("historyTitle", { count: history.length })}</summary>
      <ul>
        {history.map((m) => (
          <li key={m.id}>
            <strong>{format.value(metric, m.value)}</strong>{" "}
            <span class="gp-muted">
              {format.date(m.at)} · {sourceText(t, metric, m)}
              {m.phase && ` · ${t(m.phase === "start" ? "phaseStart" : "phaseEnd")}`}
            </span>
            {m.note && <p class="gp-muted">{m.note}</p>}
          </li>
        ))}
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
    </details>
  );
}
