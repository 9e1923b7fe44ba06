import { readJsonBody } from "@goalpost/backend";
import type { Reply, RouteContext } from "../http/createRoutes.ts";
import { ScenarioPatch } from "../scenario.ts";

/** `GET /__mock/scenario`: the current scenario. */
export function getScenario(context: RouteContext): Reply {
  return { status: 200, body: context.backend.scenario };
}

/** `POST /__mock/scenario`: changes some of the scenario's fields and answers the result. */
export async function postScenario(context: RouteContext): Promise<Reply> {
  const patch = await readJsonBody(context.request, ScenarioPatch);
  Object.assign(context.backend.scenario, patch);
  return { status: 200, body: context.backend.scenario };
}
