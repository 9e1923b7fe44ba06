import { useEffect, useRef } from "preact/hooks";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";

// Widgets (by their UI state) that have shown a screen: a later screen came from navigation.
const shown = new WeakSet<object>();

/**
 * Says that the user acted, so the next screen to appear takes focus (the control they used is
 * gone). Returns whether they had acted before: the screen now shown came from their action.
 */
export function navigated(ui: object): boolean {
  const before = shown.has(ui);
  shown.add(ui);
  return before;
}

/**
 * A screen's heading and a Back button to home. The heading takes focus when the user moved here
 * from another screen (the button they pressed is gone), not when the widget first appears.
 */
export function ScreenHeader({ title, back = true }: { title: string; back?: boolean }) {
  const { ui, t } = useWidget();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigated(ui)) heading.current?.focus();
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
