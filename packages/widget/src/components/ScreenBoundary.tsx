import type { ComponentChildren } from "preact";
import { useErrorBoundary } from "preact/hooks";
import { useWidget } from "./WidgetContext.ts";

/**
 * Keeps a screen that throws while rendering inside the widget: the user sees what happened and
 * can go back home; the host gets an `error` event, never an uncaught exception.
 */
export function ScreenBoundary({ children }: { children: ComponentChildren }) {
  const { ui, t, reportError } = useWidget();
  const [error, reset] = useErrorBoundary(reportError);
  if (!error) return <>{children}</>;
  return (
    <div class="gp-card" role="alert">
      <p>{t("errorTitle")}</p>
      <button
        type="button"
        class="gp-btn"
        onClick={() => {
          ui.screen.value = { name: "home" };
          reset();
        }}
      >
        {t("back")}
      </button>
    </div>
  );
}
