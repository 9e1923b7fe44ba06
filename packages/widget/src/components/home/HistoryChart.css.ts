export const css = `
.gp-chart { width: 100%; height: auto; display: block; overflow: visible; }
.gp-chart text { font-size: 10px; fill: var(--gp-muted); font-family: var(--gp-font); }
.gp-chart line { stroke-width: 1.5; }
.gp-chart .gp-chart-grid { stroke: var(--gp-border); stroke-width: 0.5; stroke-opacity: 0.6; }
.gp-chart-base line { stroke: var(--gp-muted); stroke-dasharray: 4 3; }
.gp-chart-target line { stroke: var(--gp-good); }
.gp-chart-base text { fill: var(--gp-muted); }
.gp-chart-target text { fill: var(--gp-good); font-weight: 600; }
.gp-chart-line { fill: none; stroke: var(--gp-accent); stroke-width: 2; }
.gp-chart-point { fill: var(--gp-accent); }
.gp-chart-pending { fill: var(--gp-bg); stroke: var(--gp-accent); stroke-width: 1.5; }
.gp-chart-off path { fill: var(--gp-bad); }
.gp-chart-off text { fill: var(--gp-fg); font-weight: 700; }
.gp-chart-key { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.gp-chart-key span { width: 18px; border-top: 2px solid var(--gp-good); margin-left: 6px; }
.gp-chart-key .gp-chart-base { border-top: 2px dashed var(--gp-muted); }
`;
