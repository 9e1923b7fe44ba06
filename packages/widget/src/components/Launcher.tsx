import type { Ref } from "preact";
import { useWidget } from "./WidgetContext.ts";

/** The floating button that opens and closes the panel. */
export function Launcher({ buttonRef }: { buttonRef: Ref<HTMLButtonElement> }) {
  const { ui, t, goalpost } = useWidget();
  const pending = goalpost.pending.value;
  return (
    <button
      ref={buttonRef}
      type="button"
      class="gp-launcher"
      aria-expanded={ui.open.value}
      aria-controls="gp-panel"
      onKeyDown={(event) => {
        if (event.key === "Escape" && ui.open.value) ui.open.value = false;
      }}
      onClick={() => {
        ui.open.value = !ui.open.value;
      }}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
        <path d="M4 20V4m0 0h11l-2 4 2 4H4" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <span>{t("launcherLabel")}</span>
      {pending > 0 && <span class="gp-badge">{t("pending", { count: pending })}</span>}
    </button>
  );
}
