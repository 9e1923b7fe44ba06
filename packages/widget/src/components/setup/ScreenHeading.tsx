import { useEffect, useRef } from "preact/hooks";
import { navigated } from "../home/ScreenHeader.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * A setup step's heading. It takes focus when the user moved to the step from another screen, so
 * keyboard and screen-reader users land on the new step instead of on the page body (the button
 * they pressed is gone); not when the widget first appears on it (a reload resuming the step).
 */
export function ScreenHeading({ id, text }: { id?: string; text: string }) {
  const { ui } = useWidget();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigated(ui)) ref.current?.focus();
  }, [ui]);
  return (
    <h3 id={id} ref={ref} tabIndex={-1}>
      {text}
    </h3>
  );
}
