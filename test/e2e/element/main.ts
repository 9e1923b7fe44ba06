/// <reference types="vite/client" />
// A host page with two <goalpost-widget> elements that carry api-base and token as attributes
// (in both orders) before the BUILT goalpost.js arrives, as an async script tag leaves them:
// the browser upgrades them in place, hearing each attribute before connectedCallback. Over
// the mock backend behind msw's service worker. What the page saw is kept for the test:
//   window.heard  the `ready` events heard on the elements, as "element user"
import { createMockBackend, signDemoToken } from "@goalpost/mock-backend";
import { startMockWorker } from "@goalpost/mock-backend/browser";

// The BUILT loader, served with its app file by servePage (see widgetPath there).
const scriptUrl = "/widget/goalpost.js";

await startMockWorker(createMockBackend());
const token = await signDemoToken({ sub: "el-user", acc: "acme", role: "sdr", name: "El User" });
const apiBase = location.origin;
const heard: string[] = [];
Object.assign(window, { heard });

document.querySelector("main")?.insertAdjacentHTML(
  "beforeend",
  `<goalpost-widget id="first" api-base="${apiBase}" token="${token}"></goalpost-widget>
   <goalpost-widget id="second" token="${token}" api-base="${apiBase}"></goalpost-widget>`,
);
for (const element of document.querySelectorAll("goalpost-widget"))
  element.addEventListener("ready", (event) => {
    const { session } = (event as CustomEvent<{ session: { user: { id: string } } }>).detail;
    heard.push(`${element.id} ${session.user.id}`);
  });
const script = Object.assign(document.createElement("script"), { async: true, src: scriptUrl });
document.body.append(script);
document.body.dataset.ready = "true";
