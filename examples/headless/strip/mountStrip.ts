import type { Goalpost } from "@goalpost/core";
import { effect } from "@preact/signals-core";
import { metricFormat } from "../shared/metricFormat.ts";
import { createStripRow, type StripRow } from "./createStripRow.ts";
import { el } from "./el.ts";

/**
 * Renders the progress strip into `container` and keeps it live: each `effect` reads the core's
 * signals it needs and runs again when one of them changes. Returns a function that stops it.
 *
 * @example
 * const stop = mountStrip(document.querySelector("#goals")!, goalpost);
 */
export function mountStrip(container: HTMLElement, goalpost: Goalpost): () => void {
  const section = el("section", "gp-strip");
  section.setAttribute("aria-labelledby", "gp-strip-title");
  const heading = el("h2", "gp-strip__title", "Your goals");
  heading.id = "gp-strip-title";
  const role = el("span", "gp-strip__role");
  const status = el("p", "gp-strip__status");
  status.setAttribute("role", "status");
  const retry = el("button", "gp-button", "Try again");
  retry.type = "button";
  retry.hidden = true;
  retry.addEventListener("click", () => void goalpost.refresh().catch(() => {}));
  const head = el("header", "gp-strip__head");
  head.append(heading, role, status, retry);
  const rows = el("ul", "gp-strip__rows");
  const rejected = el("ul", "gp-strip__rejected");
  const note = el("p", "gp-strip__note");
  note.setAttribute("aria-live", "polite");
  section.append(head, rows, rejected, note);
  container.replaceChildren(section);

  // Messages of the last few seconds, together: logging a value can also reach a target.
  let messages: string[] = [];
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (message: string) => {
    messages = [...messages.filter((m) => m !== message), message];
    note.textContent = messages.join(" ");
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => {
      messages = [];
      note.textContent = "";
    }, 8000);
  };

  const byAgreement = new Map<string, StripRow>();
  const stops = [
    effect(() => {
      role.textContent = goalpost.role.value?.name ?? "";
      const state = goalpost.status.value;
      const pending = goalpost.pending.value;
      const parts = [
        state === "loading" ? "Loading…" : "",
        state === "error" ? "Your goals could not be loaded." : "",
        state === "offline" ? "Offline: showing your last saved goals" : "",
        pending ? `${pending} ${pending === 1 ? "entry" : "entries"} waiting to be sent` : "",
      ];
      status.textContent = parts.filter(Boolean).join(" · ");
      retry.hidden = state !== "error";
    }),

    effect(() => {
      const views = goalpost.agreements.value.filter((view) => view.stage !== "retired");
      const ready = goalpost.status.value === "ready" || goalpost.status.value === "offline";
      rows.querySelector(".gp-strip__empty")?.remove();
      const seen = new Set(views.map((view) => view.agreement.id));
      for (const [id, row] of byAgreement) {
        if (seen.has(id)) continue;
        row.element.remove();
        byAgreement.delete(id);
      }
      views.forEach((view, index) => {
        let row = byAgreement.get(view.agreement.id);
        if (!row) {
          row = createStripRow(goalpost, announce);
          byAgreement.set(view.agreement.id, row);
        }
        row.update(view);
        // Moved only when out of place: moving an element takes the focus out of it.
        const there = rows.children[index];
        if (there !== row.element) rows.insertBefore(row.element, there ?? null);
      });
      if (ready && views.length === 0) {
        rows.append(el("li", "gp-strip__empty", "No metrics agreed for your role yet."));
      }
    }),

    effect(() => {
      const views = goalpost.agreements.value;
      rejected.replaceChildren(
        ...goalpost.rejected.value.map((entry) => {
          const view = views.find((v) => v.agreement.id === entry.body.agreementId);
          const value = view ? metricFormat.value(view.metric, entry.body.value) : entry.body.value;
          const item = el(
            "li",
            "gp-strip__rejected-item",
            `Not saved: ${value} for ${view?.metric.name ?? "a metric"}. ${entry.error?.message ?? ""}`,
          );
          const discard = el("button", "gp-button", "Discard");
          discard.type = "button";
          discard.addEventListener("click", () => void goalpost.discardRejected(entry.id));
          item.append(" ", discard);
          return item;
        }),
      );
    }),

    goalpost.on("goal:achieved", ({ goal, agreement }) => {
      const view = goalpost.agreements.peek().find((v) => v.agreement.id === agreement.id);
      if (view)
        announce(
          `Target reached: ${metricFormat.value(view.metric, goal.target)} for ${view.metric.name}!`,
        );
    }),
  ];

  return () => {
    for (const stop of stops) stop();
    clearTimeout(noteTimer);
    section.remove();
  };
}
