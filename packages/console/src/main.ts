// The console's own page (/console/): signs in with the token of the link's fragment, then
// shows <goalpost-console> over the API at the page's origin.

import { defineConsoleElement } from "./ConsoleElement.ts";
import { readSignIn } from "./client/readSignIn.ts";

defineConsoleElement();
const element = document.querySelector("goalpost-console");
let storage: Storage | undefined;
try {
  storage = sessionStorage;
} catch {
  storage = undefined; // storage blocked: the link works until the tab reloads
}
const token = readSignIn(location, history, storage);
if (element) element.token = token ?? null;
