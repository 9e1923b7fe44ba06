import type { Screen } from "../../ui/createUi.ts";
import { useWidget } from "../WidgetContext.ts";

/** Props of {@link GoButton}. */
export interface GoButtonProps {
  to: Screen;
  label: string;
  quiet?: boolean;
  /** Id of what the button acts on (the metric's heading), read after its name. */
  describedBy?: string;
}

/** A button that moves the panel to another screen. */
export function GoButton({ to, label, quiet, describedBy }: GoButtonProps) {
  const { ui } = useWidget();
  return (
    <button
      type="button"
      class="gp-btn"
      data-variant={quiet ? "quiet" : undefined}
      aria-describedby={describedBy}
      onClick={() => {
        ui.screen.value = to;
      }}
    >
      {label}
    </button>
  );
}
