import { actionItems } from "@goalpost/core";
import type { Ref } from "preact";
import { useWidget } from "./WidgetContext.ts";

/**
 * The floating button that opens and closes the panel. Its badges say what waits for the user:
 * how many things need them (the core's `actionItems`: a goal reached and not seen yet, a
 * check-in due, an unfinished setup) and how many entries wait to be sent. Both are in its name
 * ("Your goals — 2 things need you, 1 waiting to send"), and each badge is a number or words,
 * never a colour alone.
 */
export function Launcher({ buttonRef }: { buttonRef: Ref<HTMLButtonElement> }) {
  const { ui, t, goalpost, seen } = useWidget();
  const pending = goalpost.pending.value;
  const needs = actionItems(
    goalpost.agreements.value,
    new Date(goalpost.time.value).toISOString(),
    seen.ids.value,
  ).length;
  const label = t("launcherLabel");
  const status = [
    needs > 0 ? t.plural("needYou", needs) : "",
    pending > 0 ? t("pending", { count: pending }) : "",
  ].filter(Boolean);
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
      <span>{label}</span>
      {/* Read as one phrase: " — 2 things need you, 1 waiting to send"; seen as the badges. */}
      {status.length > 0 && <span class="gp-sr-only"> — {status.join(", ")}</span>}
      {needs > 0 && (
        <span class="gp-badge gp-badge-needs" aria-hidden="true">
          {needs}
        </span>
      )}
      {pending > 0 && (
        <span class="gp-badge" aria-hidden="true">
          {t("pending", { count: pending })}
        </span>
      )}
    </button>
  );
}
