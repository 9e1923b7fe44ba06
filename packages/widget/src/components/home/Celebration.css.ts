export const css = `
.gp-celebration { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
.gp-celebration-title { font-weight: 700; color: var(--gp-good); display: flex; gap: 8px; }
.gp-burst { display: inline-block; }
@media (prefers-reduced-motion: no-preference) {
  .gp-burst { animation: gp-burst 0.9s ease-out 2; }
}
@keyframes gp-burst {
  0% { transform: scale(0) rotate(-120deg); opacity: 0; }
  60% { transform: scale(1.6) rotate(15deg); opacity: 1; }
  100% { transform: scale(1) rotate(0); }
}
`;
