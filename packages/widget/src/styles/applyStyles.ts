/**
 * Puts the widget's CSS into its shadow root without anything a strict CSP blocks: a
 * constructed stylesheet where the browser has them (CSP does not govern those), else a
 * `<style>` element carrying the host's nonce. Returns a function that removes it.
 */
export function applyStyles(root: ShadowRoot, css: string, nonce?: string): () => void {
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet.prototype.replaceSync === "function") {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = document.createElement("style");
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.append(style);
  return () => style.remove();
}
