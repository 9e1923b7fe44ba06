import type { AgreementStage } from "@goalpost/core";
import type { MessageKey } from "../../i18n/messages.ts";
import { whenSent } from "../home/whenSent.ts";
import { useWidget } from "../WidgetContext.ts";

/**
 * What a correction of an entry says once it is made: "Entry corrected" (or how many wait to be
 * sent), and the goal it reopened or reached. Nothing for one the server refused: the status
 * bar's alert says so, and why. Call `before()` as the correction starts.
 */
export function useCorrectionSaid(agreementId: string) {
  const { goalpost, t, announce } = useWidget();
  const viewOf = () => goalpost.agreements.peek().find((v) => v.agreement.id === agreementId);
  return {
    before: (): AgreementStage | undefined => viewOf()?.stage,
    async after(
      entryId: string,
      before: AgreementStage | undefined,
      done: MessageKey,
      waiting: MessageKey,
    ): Promise<void> {
      const view = viewOf();
      const after = view?.stage;
      const goal =
        before === "achieved" && after === "on-track"
          ? "goalReopened"
          : before !== "achieved" && after === "achieved"
            ? "reachedAnnounce"
            : undefined;
      const count = await whenSent(goalpost.pending, 1000);
      if (goalpost.rejected.peek().some((r) => r.body.id === entryId)) return;
      const said = count ? t(waiting, { count }) : t(done);
      announce(goal && view ? `${said}. ${t(goal, { metric: view.metric.name })}` : said);
    },
  };
}
