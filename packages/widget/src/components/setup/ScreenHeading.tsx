import { useEffect, useRef } from "preact/hooks";

/**
 * A setup step's heading. It takes focus when the step appears, so keyboard and screen-reader
 * users land on the new step instead of on the page body (the button they pressed is gone).
 */
export function ScreenHeading({ id, text }: { id?: string; text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h3 id={id} ref={ref} tabIndex={-1}>
      {text}
    </h3>
  );
}
