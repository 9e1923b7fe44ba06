export const css = `
.gp-chart { width: 100%; height: auto; display: block; overflow: visible; }
.gp-chart line { stroke-width: 1.5; }
.gp-chart-base { stroke: var(--gp-muted); stroke-dasharray: 4 3; }
.gp-chart-target { stroke: var(--gp-good); }
.gp-chart-line { fill: none; stroke: var(--gp-accent); stroke-width: 2; }
.gp-chart-point { fill: var(--gp-accent); }
.gp-chart-pending { fill: var(--gp-bg); stroke: var(--gp-accent); stroke-width: 1.5; }
.gp-chart-key { display: flex; gap: 6px; align-items: center; }
.gp-chart-key span { width: 18px; border-top: 2px solid var(--gp-good); margin-left: 6px; }
.gp-chart-key .gp-chart-base { border-top: 2px dashed var(--gp-muted); }
`;
