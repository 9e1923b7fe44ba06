import type { ComponentChildren } from "preact";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";
import { ScreenHeading } from "./ScreenHeading.tsx";

/** Props of {@link SetupNotice}. */
export interface SetupNoticeProps {
  title: string;
  text: string;
  /** Buttons offered below the text. */
  children?: ComponentChildren;
}

/** A setup step that has nothing to ask (all done, or not possible yet): says why, offers a way on. */
export function SetupNotice({ title, text, children }: SetupNoticeProps) {
  const { t } = useWidget();
  return (
    <section class="gp-stack" aria-label={title}>
      <div class="gp-row gp-screen-head">
        <GoButton to={{ name: "home" }} label={t("back")} quiet />
        <ScreenHeading text={title} />
      </div>
      <p>{text}</p>
      {children && <div class="gp-row">{children}</div>}
    </section>
  );
}
