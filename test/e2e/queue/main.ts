/// <reference types="vite/client" />
// A host page that calls the snippet's `Goalpost(...)` before goalpost.js has loaded — `on`,
// `init` as Ana Torres, `identify` as Sam Okafor, `open`, `record` — and then includes the BUILT
// script TWICE (as a page with two copies of the snippet would), over the mock backend behind
// msw's service worker. One of its `open` listeners throws, before another one. What the page saw is kept for the test:
//   window.heard          events heard by the listeners queued before load, as "event detail"
//   window.queuedBeforeLoad  how many calls the stub had queued, and whether a script had loaded
//   window.scriptsLoaded  how many <script src=goalpost.js> finished loading
import { createMockBackend, demoUsers, signDemoToken } from "@goalpost/mock-backend";
import { startMockWorker } from "@goalpost/mock-backend/browser";

// The BUILT loader, served with its app file by servePage (see widgetPath there).
const scriptUrl = "/widget/goalpost.js";

const tokenOf = (id: string) => {
  const user = demoUsers.find((u) => u.id === id);
  if (!user) throw new Error(`no demo user ${id}`);
  return signDemoToken({ sub: user.id, acc: user.accountId, role: user.roleId, name: user.name });
};

const backend = createMockBackend();
await startMockWorker(backend);
Object.assign(window, { mockBackend: backend, scriptsLoaded: 0 });
const [ana, sam] = await Promise.all([tokenOf("ana.torres"), tokenOf("sam.okafor")]);

const snippet = document.createElement("script");
snippet.textContent = `
  window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };
  window.heard = [];
  Goalpost('on', 'ready', function (e) { heard.push('ready ' + e.session.user.id); });
  Goalpost('on', 'open', function () { throw new Error('a host listener broke'); });
  Goalpost('on', 'open', function () { heard.push('open'); });
  Goalpost('on', 'progress:logged', function (e) {
    heard.push('progress:logged ' + e.measurement.value + ' ' + e.measurement.source);
  });
  Goalpost('on', 'error', function (e) { heard.push('error ' + e.action + ': ' + e.error.message); });
  Goalpost('init', ${JSON.stringify({ apiBase: location.origin, token: ana })});
  Goalpost('identify', ${JSON.stringify(sam)});
  Goalpost('open');
  Goalpost('record', 'qualified-contacts', 48);
  window.queuedBeforeLoad = { calls: Goalpost.q.length, loaded: Goalpost.loaded === true };
`;
document.body.append(snippet);
for (let copy = 0; copy < 2; copy++) {
  const script = Object.assign(document.createElement("script"), { async: true, src: scriptUrl });
  script.addEventListener("load", () => {
    (window as unknown as { scriptsLoaded: number }).scriptsLoaded++;
  });
  document.body.append(script);
}
document.body.dataset.ready = "true";
