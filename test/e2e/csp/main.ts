/// <reference types="vite/client" />
// A host page under a strict, nonce-only Content-Security-Policy (sent as a header by the test
// server, see servePage's `csp`), with hostile global CSS: `* { all: unset } button { display:
// none }`. It embeds the BUILT dist/goalpost.js by the snippet of docs/getting-started.md, every
// script and style carrying the page's nonce, over the mock backend behind msw's service worker.
//   ?user=ana.torres   a demo user's id (packages/demo-data/src/demoUsers.ts)
// The page sets <body data-widget="ready"> (or "error") once the widget says so.
import { createMockBackend, demoUsers, signDemoToken } from "@goalpost/mock-backend";
import { startMockWorker } from "@goalpost/mock-backend/browser";

// The BUILT loader, served with its app file by servePage (see widgetPath there).
const scriptUrl = "/widget/goalpost.js";

// Vite puts the nonce on its own tags and here; `.nonce` reads it (the attribute is hidden).
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
if (!nonce) throw new Error("no csp-nonce meta: serve this page with servePage's csp option");

const userId = new URLSearchParams(location.search).get("user") ?? "ana.torres";
const user = demoUsers.find((u) => u.id === userId);
if (!user) throw new Error(`no demo user ${userId}: see demoUsers.ts`);

const hostile = Object.assign(document.createElement("style"), { nonce });
hostile.textContent = "* { all: unset } button { display: none }";
document.head.append(hostile);

const backend = createMockBackend();
await startMockWorker(backend);
Object.assign(window, { mockBackend: backend });
const token = await signDemoToken({ sub: user.id, acc: user.accountId, role: user.roleId });

const snippet = Object.assign(document.createElement("script"), { nonce });
snippet.textContent = `
  window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };
  Goalpost('on', 'ready', function () { document.body.dataset.widget = 'ready'; });
  Goalpost('on', 'error', function (e) { document.body.dataset.widget = 'error'; console.error(e.action, e.error); });
  Goalpost('init', ${JSON.stringify({ apiBase: location.origin, token, nonce })});
`;
document.body.append(snippet);
document.body.append(
  Object.assign(document.createElement("script"), { async: true, nonce, src: scriptUrl }),
);
