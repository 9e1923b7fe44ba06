// The floating panel keeps one size whatever the screen (it does not jump as screens change),
// leaves room above it for the host's own header, and scrolls its screen below a header that
// stays in view. Below 480 px wide it is a full-height sheet.
export const css = `
.gp-panel {
  color: var(--gp-fg); background: var(--gp-bg); overflow-wrap: anywhere;
  display: flex; flex-direction: column;
}
.gp-panel:not([open])[data-mode="launcher"], dialog.gp-panel:not([open]) { display: none; }
dialog.gp-panel {
  position: fixed; inset: auto 20px 80px auto; margin: 0; padding: 0; z-index: var(--gp-z);
  width: min(420px, calc(100vw - 40px));
  height: min(600px, calc(100vh - 160px)); height: min(600px, calc(100dvh - 160px));
  min-height: min(320px, calc(100vh - 100px)); max-height: calc(100vh - 100px);
  overflow: hidden; border: 1px solid var(--gp-border); border-radius: var(--gp-radius);
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
}
dialog.gp-panel::backdrop { background: transparent; }
.gp-panel[data-mode="inline"] { border: 1px solid var(--gp-border); border-radius: var(--gp-radius); }
.gp-panel-header {
  flex: none; display: flex; justify-content: space-between; align-items: center; gap: 8px;
  padding: 10px 16px; border-bottom: 1px solid var(--gp-border);
}
.gp-panel-header > * { min-width: 0; }
.gp-panel-header > button { flex: none; overflow-wrap: normal; }
.gp-panel-body { display: flex; flex-direction: column; gap: 12px; padding: 12px 16px 16px; }
dialog.gp-panel .gp-panel-body {
  flex: 1; min-height: 0; overflow: auto; overscroll-behavior: contain;
  padding-bottom: 0; scroll-padding-bottom: 76px;
}
dialog.gp-panel .gp-panel-body::after { content: ""; flex: none; height: 4px; }
/* A screen's primary action stays in reach at the bottom while its form scrolls. */
.gp-actions {
  position: sticky; bottom: 0; z-index: 1; background: var(--gp-bg);
  margin-inline: -16px; padding: 10px 16px 12px; border-top: 1px solid var(--gp-border);
}
@media (max-width: 479.98px) {
  dialog.gp-panel {
    inset: 0; width: 100%; height: 100%; min-height: 0; max-height: none;
    border: 0; border-radius: 0; box-shadow: none;
  }
}
`;
