/// <reference types="vite/client" />
// A host page that embeds the widget the way a vendor would: the script-tag snippet of
// docs/getting-started.md plus <script async src> of the BUILT dist/goalpost.js (served with
// its app file by servePage), over the mock backend behind msw's service worker.
// The URL query says who and how:
//   ?user=ana.torres   a demo user's id (packages/demo-data/src/demoUsers.ts)
//   &theme=dark        the widget's `theme` option (light, dark, auto); dark makes the page dark too
//   &open=1            open the panel at once
//   &hostile=1         hostile host CSS: `* { all: unset } button { display: none }`
// The page sets <body data-ready> once the snippet is in, and data-widget="ready" (or "error")
// once the widget says so.
import { createMockBackend, demoUsers, signDemoToken } from "@goalpost/mock-backend";
import { startMockWorker } from "@goalpost/mock-backend/browser";

// The BUILT loader, served with its app file by servePage (see widgetPath there).
const scriptUrl = "/widget/goalpost.js";

const query = new URLSearchParams(location.search);
const userId = query.get("user") ?? "ana.torres";
const user = demoUsers.find((u) => u.id === userId);
if (!user) throw new Error(`no demo user ${userId}: see demoUsers.ts`);

if (query.get("theme") === "dark") {
  // A dark host for a dark widget (also what the panel's rounded corners show in screenshots).
  const meta = Object.assign(document.createElement("meta"), { name: "color-scheme" });
  meta.content = "dark";
  document.head.append(meta);
}
if (query.has("hostile")) {
  const style = document.createElement("style");
  style.textContent = "* { all: unset } button { display: none }";
  document.head.append(style);
}

const backend = createMockBackend();
await startMockWorker(backend);
// For tests: what the backend stored (the page's requests go through the service worker).
Object.assign(window, { mockBackend: backend });
const token = await signDemoToken({
  sub: user.id,
  acc: user.accountId,
  role: user.roleId,
  name: user.name,
});

const options = {
  apiBase: location.origin,
  token,
  ...(query.has("theme") ? { theme: query.get("theme") } : {}),
  ...(query.has("open") ? { open: true } : {}),
};
const snippet = document.createElement("script");
snippet.textContent = `
  window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };
  Goalpost('on', 'ready', function () { document.body.dataset.widget = 'ready'; });
  Goalpost('on', 'error', function (e) { document.body.dataset.widget = 'error'; console.error(e.action, e.error); });
  Goalpost('init', ${JSON.stringify(options)});
`;
document.body.append(snippet);
const script = document.createElement("script");
script.async = true;
script.src = scriptUrl;
document.body.append(script);
document.body.dataset.ready = "true";
