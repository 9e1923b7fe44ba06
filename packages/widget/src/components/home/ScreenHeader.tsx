import { useEffect, useRef } from "preact/hooks";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";

// Widgets (by their UI state) that have shown a screen: a later screen came from navigation.
const shown = new WeakSet<object>();

/**
 * A screen's heading and a Back button to home. The heading takes focus when the user moved here
 * from another screen (the button they pressed is gone), not when the widget first appears.
 */
export function ScreenHeader({ title, back = true }: { title: string; back?: boolean }) {
  const { ui, t } = useWidget();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shown.has(ui)) heading.current?.focus();
    shown.add(ui);
  }, [ui]);
  return (
    <div class="gp-row gp-screen-head">
      {back && <GoButton to={{ name: "home" }} label={t("back")} quiet />}
      <h3 tabIndex={-1} ref={heading}>
        {title}
      </h3>
    </div>
  );
}
