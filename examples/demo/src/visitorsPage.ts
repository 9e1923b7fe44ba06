// The Visitors page: Beacon's product, with the Goalpost widget embedded by the script-tag
// snippet in index.html. This module starts the mock API, hands the snippet its tokens, and does
// what the product does: the visitor list, the ICP filter, and the app metrics it records.
import "./styles.css";
import { currentUser } from "./shell/currentUser.ts";
import { Goalpost } from "./shell/goalpost.ts";
import { byId } from "./shell/h.ts";
import { mountHeader } from "./shell/mountHeader.ts";
import { showStartFailure } from "./shell/showStartFailure.ts";
import { startBackend } from "./shell/startBackend.ts";
import { issueToken } from "./vendorBackend.ts";
import { createAppRecorder } from "./visitors/createAppRecorder.ts";
import { mountVisitors } from "./visitors/mountVisitors.ts";

declare global {
  interface Window {
    /** What the snippet's `init` calls for the signed-in user's Goalpost token. */
    beacon?: { goalpostToken(): Promise<string> };
  }
}

const backend = startBackend();
backend.catch(showStartFailure);

// Set before the widget starts: index.html defers goalpost.js after this module, so the
// snippet's queued `init` runs later. The token waits for the mock API, so the widget's first
// request has someone to answer it.
window.beacon = {
  goalpostToken: async () => {
    await backend;
    return issueToken(currentUser().id);
  },
};

const page = mountVisitors(currentUser(), createAppRecorder(byId("record-note")));

mountHeader({
  backend,
  onUserChange(user) {
    page.setUser(user);
    // A provider rather than a string: the widget asks again when the token expires (401).
    Goalpost("identify", () => issueToken(user.id));
  },
});

// Value elements of type "feature" fire in-app actions: the host decides what they open.
const features: Record<string, string> = {
  "open-crm-sync": "CRM sync settings",
  "open-campaign-templates": "the campaign templates",
  "open-visitor-alerts": "visitor alert settings",
  "open-attribution-report": "the revenue attribution report",
};
Goalpost("on", "action", ({ action }) => {
  const status = byId("page-status");
  if (action === "open-icp-filter") {
    status.textContent = "The ICP filter: change a rule and Beacon updates your fit rate.";
    closeWidgetThen(() => page.focusIcpFilter());
  } else {
    status.textContent = `Here Beacon would open ${features[action] ?? action}; this demo has only the visitor list.`;
  }
});

/** Closes the widget's panel, then runs `next` once the widget has handed focus back. */
function closeWidgetThen(next: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    document.removeEventListener("focusin", once);
    next();
  };
  document.addEventListener("focusin", once); // the panel returns focus to its launcher
  setTimeout(once, 500); // in case it does not (an inline panel, or already closed)
  Goalpost("close");
}
