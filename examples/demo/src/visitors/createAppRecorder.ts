import { demoCatalog } from "@goalpost/mock-backend";
import { Goalpost } from "../shell/goalpost.ts";
import { h } from "../shell/h.ts";

/** Records Beacon's app-generated metrics through the widget, and says so on the page. */
export interface AppRecorder {
  /**
   * Records `value` for an app metric once the user has stopped adjusting for a moment.
   * @param what the value in words for the note, e.g. "42% ICP fit"
   */
  record(metricId: string, value: number, what: string): void;
  /**
   * What Beacon holds of an app metric as the page opens for a user: handed to the widget once
   * it knows the user's agreements, for a metric not agreed yet only. The widget offers it as
   * the starting point when the user agrees the metric ("Use 42% from Beacon visitor list").
   */
  current(metricId: string, value: number): void;
  /** Forgets the user's agreements, values and note (another user is signing in). */
  reset(): void;
}

const settleMs = 700;

/**
 * The product's side of an `app` metric: Beacon computes the value as part of its own work and
 * hands it to the widget with `Goalpost('record', metricId, value)`, whether the user's role has
 * agreed the metric or not (the widget's `ready` and `metric:agreed` events say which). For an
 * agreed metric it is an entry, reported in `note` (a polite live region) through the
 * `progress:logged` or `error` event; for one not agreed yet, the value the widget offers as
 * its starting point, and the note invites the user to agree it.
 */
export function createAppRecorder(note: HTMLElement): AppRecorder {
  let agreed: Set<string> | undefined; // undefined until the widget's session is loaded
  let waiting: { metricId: string; value: number; what: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const held = new Map<string, number>(); // current values waiting for the session
  const say = (...content: (Node | string)[]) => note.replaceChildren(...content);

  Goalpost("on", "ready", ({ session }) => {
    agreed = new Set(
      session.agreements.filter((a) => a.status === "agreed").map((a) => a.metricId),
    );
    for (const [metricId, value] of held) if (!agreed.has(metricId)) offer(metricId, value);
    held.clear();
  });
  Goalpost("on", "metric:agreed", ({ agreement }) => agreed?.add(agreement.metricId));
  Goalpost("on", "progress:logged", ({ measurement }) => {
    if (!waiting || measurement.source !== "app" || measurement.value !== waiting.value) return;
    say(`Beacon recorded ${waiting.what} for you in Goalpost.`);
    waiting = undefined;
  });
  Goalpost("on", "error", ({ action, error }) => {
    if (action !== "record" || !waiting) return;
    say(`Goalpost did not record ${waiting.what}: ${error.message}`);
    waiting = undefined;
  });

  /** Hands the widget the value of a metric not agreed yet: nothing is sent to the server. */
  const offer = (metricId: string, value: number) => Goalpost("record", metricId, value);

  const send = (metricId: string, value: number, what: string) => {
    if (agreed && !agreed.has(metricId)) {
      offer(metricId, value);
      const name = demoCatalog.metrics.find((m) => m.id === metricId)?.name ?? metricId;
      const open = h("button", { type: "button", class: "link-button" }, "Open Goalpost");
      open.addEventListener("click", () => Goalpost("open"));
      say(
        `Agree “${name}” in Goalpost to start from ${what}; then Beacon records it for you as you work. `,
        open,
      );
      return;
    }
    waiting = { metricId, value, what };
    Goalpost("record", metricId, value);
  };

  return {
    record(metricId, value, what) {
      clearTimeout(timer);
      timer = setTimeout(() => send(metricId, value, what), settleMs);
    },
    current(metricId, value) {
      if (!agreed) held.set(metricId, value);
      else if (!agreed.has(metricId)) offer(metricId, value);
    },
    reset() {
      clearTimeout(timer);
      agreed = undefined;
      waiting = undefined;
      held.clear();
      say();
    },
  };
}
