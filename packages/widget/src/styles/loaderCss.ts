import { css as launcherCss } from "../components/Launcher.css.ts";
import { hostCss } from "./baseCss.ts";

/**
 * The stylesheet of the launcher the loader paints (src/embed/paintLauncher.ts): the widget's
 * tokens and the launcher's own rules, the same as the app's launcher, so that one replaces the
 * other without a change; and the launcher's waiting state.
 */
export const loaderCss = `${hostCss}${launcherCss}
.gp-launcher[aria-busy="true"] { cursor: progress; }
.gp-launcher[aria-busy="true"] svg { animation: gp-wait 1s ease-in-out infinite alternate; }
@keyframes gp-wait { to { opacity: 0.3; } }
@media (prefers-reduced-motion: reduce) {
  .gp-launcher[aria-busy="true"] svg { animation: none; opacity: 0.6; }
}
`;
