import type { Goal, GoalActionInput } from "../contract/goal.ts";
import { checkDue } from "../math/checkDue.ts";
import { checkGoalStart } from "../math/checkGoalStart.ts";
import { checkTarget } from "../math/checkTarget.ts";
import { suggestDueAt } from "../math/suggestTarget.ts";
import { compact } from "./compact.ts";
import type { ActionContext, ActionKit } from "./createActionKit.ts";
import type { Goalpost } from "./types.ts";

type GoalActions = Pick<Goalpost, "setGoal" | "updateGoal">;

/** How actions look before the server has given new ones an id. */
const localActions = (actions: GoalActionInput[]) =>
  actions.map((a, i) => ({
    id: a.id ?? `local-${i}`,
    title: a.title,
    owner: a.owner,
    done: a.done ?? false,
  }));

/** Setting the next goal and changing it: shown at once, rolled back if refused. */
export function goalActions(ctx: ActionContext, kit: ActionKit): GoalActions {
  const { client, state, emitter } = ctx;

  return {
    async setGoal(input) {
      const view = kit.view("setGoal", input.agreementId);
      kit.orRefuse("setGoal", checkGoalStart(view.agreement, view.goal?.id));
      const start = view.current;
      if (!start) throw new Error("unreachable: an agreement with a baseline has a current value");
      const target = input.target ?? view.suggestion?.target;
      // From the time now, not the view's: its clock ticks at most daily for the suggestion.
      const dueAt =
        input.dueAt ?? (view.suggestion && suggestDueAt(kit.isoNow(), view.metric.periodDays));
      if (target === undefined) return kit.refuse("setGoal", ["target"], "a target is needed");
      if (dueAt === undefined) return kit.refuse("setGoal", ["dueAt"], "a due date is needed");
      const problem = checkTarget(view.metric, start.value, target);
      if (problem) kit.refuse("setGoal", ["target"], problem);
      kit.orRefuse("setGoal", checkDue(dueAt, new Date(ctx.now())));

      const body = compact({ ...input, target, dueAt });
      const local: Goal = compact({
        id: `local-${ctx.generateId()}`,
        agreementId: input.agreementId,
        startValue: start.value,
        target,
        startAt: kit.isoNow(),
        dueAt,
        status: "active" as const,
        changes: input.changes,
        actions: localActions(input.actions ?? []),
        valueElementIds: input.valueElementIds ?? [],
        previousGoalId: view.lastGoal?.id,
      });
      state.goals.value = [...state.goals.peek(), local];
      const goal = await kit.attempt(
        "setGoal",
        () => client.createGoal(body),
        () => kit.replace(state.goals, local.id),
      );
      kit.replace(state.goals, local.id, goal);
      ctx.announceAchievements();
      emitter.emit("goal:set", { goal });
      return goal;
    },

    async updateGoal(id, changes) {
      ctx.assertUsable();
      const before =
        state.goals.peek().find((g) => g.id === id) ??
        kit.refuse("updateGoal", ["goalId"], `no goal "${id}"`);
      if (changes.target !== undefined) {
        const { metric } = kit.view("updateGoal", before.agreementId);
        const problem = checkTarget(metric, before.startValue, changes.target);
        if (problem) kit.refuse("updateGoal", ["target"], problem);
      }
      if (changes.dueAt !== undefined)
        kit.orRefuse("updateGoal", checkDue(changes.dueAt, new Date(ctx.now())));
      const { actions, ...rest } = changes;
      kit.replace(state.goals, id, {
        ...before,
        ...compact(rest),
        ...(rest.status ? { closedAt: kit.isoNow() } : {}),
        ...(actions ? { actions: localActions(actions) } : {}),
      });
      const goal = await kit.attempt(
        "updateGoal",
        () => client.updateGoal(id, changes),
        () => kit.replace(state.goals, id, before),
      );
      kit.replace(state.goals, id, goal);
      return goal;
    },
  };
}
