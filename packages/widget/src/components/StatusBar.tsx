import { useEffect, useRef } from "preact/hooks";
import { errorText } from "../i18n/errorText.ts";
import { useWidget } from "./WidgetContext.ts";

/**
 * What the user should know beyond the current screen: offline, entries waiting to send,
 * entries the server refused, and the last failed action.
 */
export function StatusBar() {
  const { goalpost, t, format, announce } = useWidget();
  const status = goalpost.status.value;
  const pending = goalpost.pending.value;
  // Entries that waited (offline, a failing server) and have now all arrived: say so. Entries
  // sent at once are not announced here: saving them said "Saved" already.
  const since = useRef(0);
  useEffect(() => {
    const waited = since.current && Date.now() - since.current > 1500;
    if (!pending && waited && !goalpost.rejected.peek().length) announce(t("allSent"));
    since.current = pending ? since.current || Date.now() : 0;
  }, [pending]);
  // Going offline mid-session is news: say it once, as it happens (not when starting offline,
  // which the screen itself says).
  const wasStatus = useRef(status);
  useEffect(() => {
    if (status === "offline" && wasStatus.current === "ready") announce(t("offline"));
    wasStatus.current = status;
  }, [status]);
  const rejected = goalpost.rejected.value;
  const error = goalpost.error.value;
  return (
    <div class="gp-status">
      {status === "offline" && <p class="gp-card">{t("offline")}</p>}
      {pending > 0 && <p class="gp-muted">{t("pending", { count: pending })}</p>}
      {rejected.map((entry) => {
        const view = goalpost.agreements.value.find(
          (v) => v.agreement.id === entry.body.agreementId,
        );
        return (
          <div key={entry.id} class="gp-card" role="alert">
            <p>
              {t("sendFailed", {
                entry: view
                  ? `${view.metric.name}: ${format.value(view.metric, entry.body.value)}`
                  : String(entry.body.value),
                message: entry.error?.message ?? "",
              })}
            </p>
            <button
              type="button"
              class="gp-btn"
              data-variant="quiet"
              onClick={() => void goalpost.discardRejected(entry.id)}
            >
              {t("discard")}
            </button>
          </div>
        );
      })}
      {error && (
        <div class="gp-card" role="alert">
          <p>
            <strong>{t("errorTitle")}: </strong>
            {errorText(error.error, t)}
          </p>
          <button
            type="button"
            class="gp-btn"
            data-variant="quiet"
            onClick={() => goalpost.clearError()}
          >
            {t("dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}
