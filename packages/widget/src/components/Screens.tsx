import type { Goalpost } from "@goalpost/core";
import { useEffect, useRef } from "preact/hooks";
import { navigated } from "./home/ScreenHeader.tsx";
import { AgreeScreen } from "./screens/AgreeScreen.tsx";
import { BaselineScreen } from "./screens/BaselineScreen.tsx";
import { ElementsScreen } from "./screens/ElementsScreen.tsx";
import { GoalScreen } from "./screens/GoalScreen.tsx";
import { HomeScreen } from "./screens/HomeScreen.tsx";
import { LogScreen } from "./screens/LogScreen.tsx";
import { MaturityScreen } from "./screens/MaturityScreen.tsx";
import { useWidget } from "./WidgetContext.ts";

/** Whether the user has no metric in place and some to choose from. */
const firstRun = (goalpost: Goalpost) =>
  goalpost.suggestedMetrics.value.length > 0 &&
  goalpost.agreements.value.every((v) => v.stage === "retired");

/** The current screen, or what the user should know while there is none to show. */
export function Screens() {
  const { goalpost, ui, t } = useWidget();
  const status = goalpost.status.value;
  // An async storage still reading the user's drafts: forms would start empty without them.
  if (status === "idle" || status === "loading" || !ui.drafts.ready.value) {
    return (
      <p class="gp-muted" role="status">
        {t("loading")}
      </p>
    );
  }
  if (status === "error" || !goalpost.session.value) return <LoadFailed />;
  const screen = ui.screen.value;
  switch (screen.name) {
    case "agree":
      return <AgreeScreen />;
    case "maturity":
      return <MaturityScreen agreementId={screen.agreementId} />;
    case "baseline":
      return <BaselineScreen agreementId={screen.agreementId} />;
    case "goal":
      return <GoalScreen agreementId={screen.agreementId} />;
    case "log":
      return <LogScreen agreementId={screen.agreementId} change={screen.change} />;
    case "elements":
      return <ElementsScreen agreementId={screen.agreementId} />;
    default:
      // A first run starts on the setup's first step: there is nothing else to show yet.
      return firstRun(goalpost) ? <AgreeScreen first /> : <HomeScreen />;
  }
}

// Widgets (by their UI state) whose user pressed "Try again" and has not seen its outcome yet.
const retried = new WeakSet<object>();

/** The session could not be loaded: why, and a retry that keeps focus where the user is. */
function LoadFailed() {
  const { goalpost, ui, t } = useWidget();
  const retry = useRef<HTMLButtonElement>(null);
  // Back here after a retry that failed too: the button pressed was replaced by this one.
  useEffect(() => {
    if (retried.delete(ui)) retry.current?.focus();
  }, [ui]);
  return (
    <div class="gp-card" role="alert">
      <p>{t("loadFailed")}</p>
      <p class="gp-muted">{t("loadFailedHint")}</p>
      <button
        ref={retry}
        type="button"
        class="gp-btn"
        onClick={() => {
          retried.add(ui);
          navigated(ui); // a screen that comes next takes focus
          void goalpost.refresh().then(
            () => retried.delete(ui),
            () => {},
          );
        }}
      >
        {t("retry")}
      </button>
    </div>
  );
}
