import { readJsonBody } from "@goalpost/backend";
import type { ControlReply, RouteContext } from "../http/createRoutes.ts";
import { ScenarioPatch } from "../scenario.ts";

/** `GET /__mock/scenario`: the current scenario. */
export function getScenario(context: RouteContext): ControlReply {
  return { status: 200, body: context.backend.scenario };
}

/** `POST /__mock/scenario`: changes some of the scenario's fields and answers the result. */
export async function postScenario(context: RouteContext): Promise<ControlReply> {
  const patch = await readJsonBody(context.request, ScenarioPatch);
  Object.assign(context.backend.scenario, patch);
  return { status: 200, body: context.backend.scenario };
}
