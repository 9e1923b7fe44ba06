import type { GoalpostSnapshot } from "@goalpost/core";
import { demoUsers } from "@goalpost/mock-backend";
import { useEffect, useState } from "react";
import { metricFormat } from "../shared/metricFormat.ts";
import type { Demo } from "../shared/startDemo.ts";
import { formatDay } from "../shared/timeLeft.ts";
import { ErrorNotice } from "./ErrorNotice.tsx";
import { GoalItem } from "./GoalItem.tsx";
import { useGoalpost } from "./useGoalpost.ts";

/** The goals page: every agreed metric of the signed-in user, with the store's errors. */
export function App({ demo }: { demo: Demo }) {
  const { goalpost } = demo;
  const snapshot = useGoalpost(goalpost);
  const [userId, setUserId] = useState(demo.user.id);
  const [announcement, setAnnouncement] = useState("");

  // Events are for things that happen once; `on` returns its own cleanup.
  useEffect(
    () =>
      goalpost.on("goal:set", ({ goal }) => {
        const view = goalpost.getSnapshot().agreements.find((v) => v.goal?.id === goal.id);
        const what = view
          ? `${metricFormat.value(view.metric, goal.target)} for ${view.metric.name}`
          : "";
        setAnnouncement(`Goal set: ${what} by ${formatDay(goal.dueAt)}.`);
      }),
    [goalpost],
  );

  const switchUser = (id: string) => {
    setUserId(id);
    setAnnouncement("");
    demo.switchUser(id).catch((error: unknown) => console.error(error));
  };
  const views = snapshot.agreements.filter((view) => view.stage !== "retired");

  return (
    <div className="page">
      <header className="page__head">
        <div>
          <h1>My goals</h1>
          <p className="page__who">
            {snapshot.user?.name ?? "…"}
            {snapshot.role && ` · ${snapshot.role.name}`}
          </p>
        </div>
        <label className="page__user">
          Demo user{" "}
          <select value={userId} onChange={(event) => switchUser(event.target.value)}>
            {demoUsers.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.accountId})
              </option>
            ))}
          </select>
        </label>
      </header>

      <p className="page__status" role="status">
        {[statusText(snapshot), announcement].filter(Boolean).join(" ")}
      </p>
      {snapshot.status === "error" && (
        <button type="button" className="button" onClick={() => goalpost.refresh().catch(() => {})}>
          Try again
        </button>
      )}
      {snapshot.error && <ErrorNotice error={snapshot.error} onDismiss={goalpost.clearError} />}

      <ul className="goals">
        {views.map((view) => (
          <GoalItem key={view.agreement.id} view={view} goalpost={goalpost} />
        ))}
      </ul>
      {snapshot.status === "ready" && views.length === 0 && (
        <p>No metrics agreed for your role yet.</p>
      )}
    </div>
  );
}

/** The store's status in a sentence, or nothing when all is well. */
function statusText({ status, pending }: GoalpostSnapshot): string {
  const waiting = pending ? ` ${pending} waiting to be sent.` : "";
  switch (status) {
    case "idle":
    case "loading":
      return "Loading your goals…";
    case "error":
      return "Your goals could not be loaded.";
    case "offline":
      return `Offline: showing your last saved goals.${waiting}`;
    default:
      return waiting.trim();
  }
}
