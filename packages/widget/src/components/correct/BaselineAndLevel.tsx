import type { AgreementView } from "@goalpost/core";
import { useId } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";
import { ChangeBaseline } from "./ChangeBaseline.tsx";
import { ChangeLevel } from "./ChangeLevel.tsx";

/**
 * On a metric's log screen: its baseline and maturity level, each with a way to change it later
 * (a typo in the baseline, a team that has grown). `change: "baseline"` opens the baseline's.
 */
export function BaselineAndLevel({ view, change }: { view: AgreementView; change?: "baseline" }) {
  const { t } = useWidget();
  const id = useId();
  if (view.agreement.status !== "agreed") return null;
  return (
    <section class="gp-stack" aria-labelledby={id}>
      <h4 id={id}>{t("changesTitle")}</h4>
      <ChangeBaseline view={view} arrived={change === "baseline"} />
      <ChangeLevel view={view} />
    </section>
  );
}
