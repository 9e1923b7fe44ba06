import { batch, type Signal } from "@preact/signals-core";
import type { GoalpostClient } from "../client/createClient.ts";
import { GoalpostError, isGoalpostError } from "../errors/GoalpostError.ts";
import { ValidationError } from "../errors/ValidationError.ts";
import { Problem } from "../math/Problem.ts";
import type { createEmitter } from "./createEmitter.ts";
import type { StoreState } from "./createState.ts";
import type { StoreViews } from "./createViews.ts";
import type { AgreementView, GoalpostEvents } from "./types.ts";

/** What the actions work with. */
export interface ActionContext {
  client: GoalpostClient;
  state: StoreState;
  views: StoreViews;
  emitter: ReturnType<typeof createEmitter<GoalpostEvents>>;
  /** Emits `goal:achieved` for goals achieved since it was last called. */
  announceAchievements: () => void;
  now: () => number;
  generateId: () => string;
  /** Throws when the SDK cannot act (destroyed, or no session yet). */
  assertUsable: () => void;
}

/** Helpers every action shares: error handling with rollback, lookups, list updates. */
export function createActionKit(ctx: ActionContext) {
  const { state, emitter } = ctx;

  /** Records a failed action for the UI, announces it, and throws it. */
  function report(action: string, cause: unknown, restore = () => {}): never {
    const error = isGoalpostError(cause) ? cause : new GoalpostError(`${action} failed`, { cause });
    batch(() => {
      restore();
      state.error.value = { action, error };
    });
    emitter.emit("error", { action, error });
    throw error;
  }

  /** Refuses bad input as the server would: a ValidationError naming the field. */
  const refuse = (action: string, path: (string | number)[], message: string): never =>
    report(action, new ValidationError(action, [{ path, message }]));

  return {
    report,
    refuse,
    /**
     * A shared rule's result, or its problem refused as the server would refuse it: invalid input
     * as a ValidationError naming the fields, anything else as a GoalpostError.
     */
    orRefuse<T>(action: string, result: T | Problem): T {
      if (!Problem.is(result)) return result;
      return report(
        action,
        result.kind === "invalid"
          ? new ValidationError(action, result.issues)
          : new GoalpostError(result.message),
      );
    },
    /** Runs a server call after an optimistic change; on failure restores, records and rethrows. */
    async attempt<T>(action: string, run: () => Promise<T>, restore?: () => void): Promise<T> {
      try {
        const result = await run();
        state.error.value = undefined;
        return result;
      } catch (cause) {
        return report(action, cause, restore);
      }
    },
    isoNow: () => new Date(ctx.now()).toISOString(),
    /** The view of one of the role's agreements; refuses an unknown id. */
    view(action: string, agreementId: string): AgreementView {
      ctx.assertUsable();
      const found = ctx.views.agreements.peek().find((v) => v.agreement.id === agreementId);
      return (
        found ?? refuse(action, ["agreementId"], `no agreement "${agreementId}" for this role`)
      );
    },
    /** Replaces (or with `next` undefined, removes) the item with this id. */
    replace<T extends { id: string }>(list: Signal<readonly T[]>, id: string, next?: T): void {
      list.value = next
        ? list.peek().map((item) => (item.id === id ? next : item))
        : list.peek().filter((item) => item.id !== id);
    },
  };
}

export type ActionKit = ReturnType<typeof createActionKit>;
