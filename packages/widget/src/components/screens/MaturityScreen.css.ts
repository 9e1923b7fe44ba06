// A level is a card: its name is the button, and the whole card takes the press (the button's
// ::after covers it), so the description is read as the button's description, not its name.
export const css = `
.gp-level {
  position: relative; display: flex; flex-direction: column; gap: 2px; padding: 10px 12px;
  border: 1px solid var(--gp-border); border-radius: 8px;
}
.gp-level:hover { border-color: var(--gp-accent); }
.gp-level:has(button[aria-current="true"]) { border: 2px solid var(--gp-accent); padding: 9px 11px; }
.gp-level:has(button:focus-visible) { outline: 3px solid var(--gp-focus); outline-offset: 2px; }
.gp-level button {
  font: inherit; font-weight: 600; color: var(--gp-fg); background: none; border: 0; padding: 0;
  text-align: start; cursor: pointer;
}
.gp-level button:focus-visible { outline: none; }
.gp-level button::after { content: ""; position: absolute; inset: 0; border-radius: 8px; }
`;
