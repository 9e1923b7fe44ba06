export const css = `
.gp-btn[aria-disabled="true"] { opacity: 0.6; cursor: progress; }
.gp-choice { display: flex; gap: 8px; align-items: flex-start; padding: 8px 10px; border: 1px solid var(--gp-border); border-radius: 8px; cursor: pointer; }
.gp-choice:has(input:checked) { border: 2px solid var(--gp-accent); }
.gp-choice input { margin-top: 4px; }
.gp-choice-text { display: flex; flex-direction: column; }
/* What is there to read or fill in only on request: "Why these metrics", the goal's plan. */
.gp-more > summary { cursor: pointer; font-weight: 600; color: var(--gp-accent); padding: 6px 0; }
.gp-more[open] > summary { margin-bottom: 8px; }
`;
