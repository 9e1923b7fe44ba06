// The vendor's scorecard: the Goalpost console (<goalpost-console>) over the demo's API, reading
// with a console token for Beacon's CS lead.
import "./styles.css";
import { defineConsoleElement } from "@goalpost/console";
import { demoAdminKey, signConsoleToken } from "@goalpost/mock-backend";
import { byId } from "./shell/h.ts";
import { mountHeader } from "./shell/mountHeader.ts";
import { showStartFailure } from "./shell/showStartFailure.ts";
import { startBackend } from "./shell/startBackend.ts";

const backend = startBackend();
defineConsoleElement();
const element = byId<HTMLElement & { token: string | null }>("console");

/** The console follows Beacon's light or dark scheme (the header's switch). */
function followScheme() {
  element.setAttribute(
    "theme",
    document.documentElement.dataset.scheme === "dark" ? "dark" : "light",
  );
}
followScheme();
new MutationObserver(followScheme).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ["data-scheme"],
});

// The console follows no end user: switching users changes nothing here.
mountHeader({ backend, onUserChange() {} });

/**
 * Beacon's internal tools, standing in: a console token for its CS lead. In production the
 * vendor's server signs it behind the staff login; the admin key never reaches a browser.
 */
backend.then(async () => {
  element.token = await signConsoleToken(
    {
      sub: "beacon.cs-lead",
      name: "Beacon CS lead",
      exp: Math.floor(Date.now() / 1000) + 4 * 3600,
    },
    demoAdminKey,
  );
}, showStartFailure);
