/** What {@link loadPanel} gives: src/embed/panel.ts. */
export type Panel = typeof import("./panel.ts");

/**
 * The panel's code (Preact's tree of screens, their texts, formats and CSS), fetched when a
 * widget first renders: a host's bundler makes this dynamic import a chunk of its own, so a page
 * pays for it only once a widget is mounted. The script tag's app file has it inline
 * (loadPanel.bundled.ts, swapped in by vite.embed.config.ts), since the whole app file is
 * already loaded on demand.
 */
export const loadPanel = (): Promise<Panel> => import("./panel.ts");
