export const css = `
.gp-panel {
  color: var(--gp-fg); background: var(--gp-bg); overflow-wrap: anywhere;
  display: flex; flex-direction: column; gap: 12px; padding: 16px;
}
.gp-panel:not([open])[data-mode="launcher"], dialog.gp-panel:not([open]) { display: none; }
dialog.gp-panel {
  position: fixed; inset: auto 20px 80px auto; margin: 0; z-index: var(--gp-z);
  width: min(420px, calc(100vw - 40px)); max-height: min(680px, calc(100vh - 120px));
  overflow: auto; border: 1px solid var(--gp-border); border-radius: var(--gp-radius);
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
}
dialog.gp-panel::backdrop { background: transparent; }
.gp-panel[data-mode="inline"] { border: 1px solid var(--gp-border); border-radius: var(--gp-radius); }
.gp-panel-header { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.gp-panel-header > * { min-width: 0; }
.gp-panel-header > button { flex: none; overflow-wrap: normal; }
`;
