import { batch } from "@preact/signals-core";
import type {
  Agreement,
  Baseline,
  BaselineInput,
  UpdateAgreementBody,
} from "../contract/agreement.ts";
import { checkMaturity } from "../math/checkMaturity.ts";
import { toBaseline } from "../math/toBaseline.ts";
import { compact } from "./compact.ts";
import type { ActionContext, ActionKit } from "./createActionKit.ts";
import type { BaselineValue, Goalpost } from "./types.ts";

type AgreementActions = Pick<
  Goalpost,
  "agreeMetric" | "retireMetric" | "setBaseline" | "setMaturity"
>;

/** Agreeing, retiring, baselines and maturity: shown at once, rolled back if refused. */
export function agreementActions(ctx: ActionContext, kit: ActionKit): AgreementActions {
  const { client, state, views, emitter } = ctx;

  async function patch(
    action: string,
    id: string,
    body: UpdateAgreementBody,
    local: Partial<Agreement>,
  ) {
    const before = kit.view(action, id).agreement;
    const goalsBefore = state.goals.peek();
    batch(() => {
      kit.replace(state.agreements, id, { ...before, ...local });
      // Retiring a metric abandons its active goal, as the server does.
      if (local.status === "retired") {
        state.goals.value = goalsBefore.map((g) =>
          g.agreementId === id && g.status === "active" ? { ...g, status: "abandoned" } : g,
        );
      }
    });
    const agreement = await kit.attempt(
      action,
      () => client.updateAgreement(id, body),
      () => {
        kit.replace(state.agreements, id, before);
        state.goals.value = goalsBefore;
      },
    );
    kit.replace(state.agreements, id, agreement);
    return agreement;
  }

  return {
    async agreeMetric(metricId, { maturityLevel, baseline } = {}) {
      ctx.assertUsable();
      const session = state.session.peek();
      const metric = views.metrics.peek().find((m) => m.id === metricId);
      if (!session || !metric) {
        return kit.refuse(
          "agreeMetric",
          ["metricId"],
          `"${metricId}" is not a metric of this role`,
        );
      }
      kit.orRefuse("agreeMetric", checkMaturity(session.role, maturityLevel));
      const at = kit.isoNow();
      const local: Agreement = compact({
        id: `local-${ctx.generateId()}`,
        accountId: session.user.accountId,
        roleId: session.role.id,
        metricId,
        status: "agreed" as const,
        proposedBy: "customer" as const,
        agreedAt: at,
        maturityLevel,
        baseline:
          baseline === undefined
            ? undefined
            : kit.orRefuse(
                "agreeMetric",
                toBaseline(metric, baselineInput(baseline, at), new Date(at)),
              ),
      });
      state.agreements.value = [...state.agreements.peek(), local];
      const body = compact({
        metricId,
        maturityLevel,
        baseline: local.baseline && sent(local.baseline),
      });
      const agreement = await kit.attempt(
        "agreeMetric",
        () => client.createAgreement(body),
        () => kit.replace(state.agreements, local.id),
      );
      kit.replace(state.agreements, local.id, agreement);
      emitter.emit("metric:agreed", { agreement });
      return agreement;
    },

    retireMetric: async (id) =>
      patch(
        "retireMetric",
        id,
        { status: "retired" },
        { status: "retired", retiredAt: kit.isoNow() },
      ),

    async setBaseline(id, value, at = kit.isoNow()) {
      const view = kit.view("setBaseline", id);
      const now = new Date(ctx.now());
      const input = baselineInput(value, at);
      const baseline = kit.orRefuse("setBaseline", toBaseline(view.metric, input, now));
      return patch("setBaseline", id, { baseline: sent(baseline) }, { baseline });
    },

    async setMaturity(id, level) {
      kit.view("setMaturity", id);
      const role = views.role.peek();
      if (role) kit.orRefuse("setMaturity", checkMaturity(role, level));
      return patch("setMaturity", id, { maturityLevel: level }, { maturityLevel: level });
    },
  };
}

/** A baseline as the store takes it: a typed number (taken `at`), or a value with its source. */
function baselineInput(value: BaselineValue, at: string): BaselineInput {
  return typeof value === "number" ? { value, at } : { at, ...value };
}

/**
 * What is sent of a checked baseline: its value and time, and its source only when it is the
 * product's (`app`, `integration`); a typed value's source is the server's default, the user's.
 */
function sent(baseline: Baseline): BaselineInput {
  const { value, at, source } = baseline;
  return source === "app" || source === "integration" ? { value, at, source } : { value, at };
}
