import { App } from "../components/App.tsx";

/** loadPanel for the script tag's app file: the panel is in the same file (see loadPanel.ts). */
export const loadPanel = (): Promise<typeof App> => Promise.resolve(App);
