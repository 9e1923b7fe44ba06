// Beacon's colour scheme, applied before the page paints: dark when the header's "Dark mode"
// switch chose it (src/shell/scheme.ts keeps the choice), else light. A classic script from the
// site, so the demo's strict Content-Security-Policy lets it run without a nonce.
(() => {
  let dark = false;
  try {
    dark = localStorage.getItem("beacon-demo:scheme") === "dark";
  } catch {
    // Storage blocked: light.
  }
  const scheme = dark ? "dark" : "light";
  document.documentElement.dataset.scheme = scheme;
  document.querySelector('meta[name="color-scheme"]')?.setAttribute("content", scheme);
})();
