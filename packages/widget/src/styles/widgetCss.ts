import { baseCss } from "./baseCss.ts";

// Each component keeps its CSS beside it, in `Name.css.ts` exporting `css`.
const parts = import.meta.glob<string>("../components/**/*.css.ts", { eager: true, import: "css" });

/** The whole stylesheet of the widget. */
export const widgetCss = [baseCss, ...Object.values(parts)].join("\n");
