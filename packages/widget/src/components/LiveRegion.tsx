import { useWidget } from "./WidgetContext.ts";

/** Where saved, achieved and error states are announced to screen readers, politely. */
export function LiveRegion() {
  const { ui } = useWidget();
  return (
    <div class="gp-sr-only" role="status" aria-live="polite" aria-atomic="true">
      {ui.announcement.value}
    </div>
  );
}
