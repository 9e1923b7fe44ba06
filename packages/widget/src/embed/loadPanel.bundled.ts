import { App } from "../components/App.tsx";
import { createFormat } from "../i18n/createFormat.ts";
import { createTranslator } from "../i18n/createTranslator.ts";
import { widgetCss } from "../styles/widgetCss.ts";
import type { Panel } from "./loadPanel.ts";

/** loadPanel for the script tag's app file: the panel is in the same file (see loadPanel.ts). */
export const loadPanel = (): Promise<Panel> =>
  Promise.resolve({ App, createFormat, createTranslator, widgetCss });
