// What the widget needs only once it renders (see loadPanel): the screens, their texts and
// formats, and their stylesheet.
export { App } from "../components/App.tsx";
export { createFormat } from "../i18n/createFormat.ts";
export { createTranslator } from "../i18n/createTranslator.ts";
export { widgetCss } from "../styles/widgetCss.ts";
