import type { Goalpost, User } from "@goalpost/core";
import { batch, effect } from "@preact/signals";
import type { Screen, Ui } from "./createUi.ts";

const screenNames = new Set(["home", "agree", "maturity", "baseline", "goal", "log", "elements"]);

/** Whether a stored screen can be shown now: it exists, and so does what it acts on. */
function showable(goalpost: Goalpost, screen: Screen | undefined): screen is Screen {
  if (!screen || !screenNames.has(screen.name)) return false;
  if (!("agreementId" in screen)) return true;
  return goalpost.agreements
    .peek()
    .some((v) => v.agreement.id === screen.agreementId && v.stage !== "retired");
}

/**
 * Keeps the panel with the signed-in user. When a session names another user than the last one
 * (`identify` with another user's token), everything per user starts again: the screen, the
 * drafts in memory, the announcement, and the panel's component state (`generation`). The same
 * user again (a refreshed token) keeps it all. Each user's screen is kept with their drafts, so
 * a reload resumes where they were. Returns the disposer.
 */
export function followUser(goalpost: Goalpost, ui: Ui, keyOf: (user: User) => string): () => void {
  let current: string | undefined;
  const resume = () => {
    const saved = ui.drafts.screen();
    ui.screen.value = showable(goalpost, saved) ? saved : { name: "home" };
  };
  const stopUser = effect(() => {
    const user = goalpost.user.value;
    const key = user && keyOf(user);
    if (!key || key === current) return;
    const switching = current !== undefined;
    current = key;
    const reading = ui.drafts.use(key);
    batch(() => {
      if (switching) {
        ui.announcement.value = "";
        ui.generation.value++;
      }
      // A synchronous storage is read already; an async one resumes once read (forms wait).
      if (ui.drafts.ready.peek()) resume();
      else ui.screen.value = { name: "home" };
    });
    if (!ui.drafts.ready.peek()) void reading.then(() => current === key && resume());
  });
  const stopScreen = effect(() => {
    const screen = ui.screen.value;
    if (current !== undefined && ui.drafts.ready.peek()) ui.drafts.keepScreen(screen);
  });
  return () => {
    stopUser();
    stopScreen();
  };
}
