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
  /** Forgets the user's agreements and clears the note (another user is signing in). */
  reset(): void;
}

const settleMs = 700;

/**
 * The product's side of an `app` metric: Beacon computes the value as part of its own work and
 * hands it to the widget with `Goalpost('record', metricId, value)`. It records only metrics the
 * user's role has agreed (the widget's `ready` and `metric:agreed` events say which), and reports
 * the outcome in `note`, a polite live region: the `progress:logged` or `error` event.
 */
export function createAppRecorder(note: HTMLElement): AppRecorder {
  let agreed: Set<string> | undefined; // undefined until the widget's session is loaded
  let waiting: { metricId: string; value: number; what: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (...content: (Node | string)[]) => note.replaceChildren(...content);

  Goalpost("on", "ready", ({ session }) => {
    agreed = new Set(
      session.agreements.filter((a) => a.status === "agreed").map((a) => a.metricId),
    );
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

  const send = (metricId: string, value: number, what: string) => {
    if (agreed && !agreed.has(metricId)) {
      const name = demoCatalog.metrics.find((m) => m.id === metricId)?.name ?? metricId;
      const open = h("button", { type: "button", class: "link-button" }, "Open Goalpost");
      open.addEventListener("click", () => Goalpost("open"));
      say(`Agree “${name}” in Goalpost and Beacon will record it for you as you work. `, open);
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
    reset() {
      clearTimeout(timer);
      agreed = undefined;
      waiting = undefined;
      say();
    },
  };
}
