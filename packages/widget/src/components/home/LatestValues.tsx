import type { AgreementView } from "@goalpost/core";
import { useWidget } from "../WidgetContext.ts";
import { sourceText } from "./sourceText.ts";

/** For app and integration metrics: nothing to enter, the latest values with source and time. */
export function LatestValues({ view }: { view: AgreementView }) {
  const { goalpost, t, format } = useWidget();
  const { metric, history } = view;
  return (
    <>
      <p>{t("autoText", { source: metric.dataSource })}</p>
      {history.length === 0 ? (
        <p class="gp-muted">{t("historyEmpty")}</p>
      ) : (
        <ul class="gp-stack">
          {history.slice(0, 5).map((m) => (
            <li key={m.id}>
              {t("autoEntry", {
                value: format.value(metric, m.value),
                source: sourceText(t, metric, m),
                when: format.fromNow(m.at, goalpost.time.value),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
