// The progress strip: a custom UI on @goalpost/core alone (no widget, no UI framework).
import { demoUsers } from "@goalpost/mock-backend";
import { startDemo } from "../shared/startDemo.ts";
import { mountStrip } from "./mountStrip.ts";

const demo = await startDemo("sam.okafor");
const container = document.querySelector<HTMLElement>("#goals");
const picker = document.querySelector<HTMLSelectElement>("#user");
if (!container || !picker) throw new Error("the page needs #goals and #user");

mountStrip(container, demo.goalpost);

// The host's own user switcher; `identify` swaps the session and the strip follows.
picker.append(...demoUsers.map((user) => new Option(`${user.name} (${user.accountId})`, user.id)));
picker.value = demo.user.id;
picker.addEventListener("change", () => {
  demo.switchUser(picker.value).catch((error: unknown) => console.error(error));
});

// A failed start shows in the strip (status "error", with a retry); the console gets details.
await demo.goalpost.start().catch((error: unknown) => console.error(error));
