import { type ApiError, errorBody } from "@goalpost/backend";
import { HttpResponse } from "msw";

/** The contract's error body as a JSON response. */
export function errorResponse(error: Pick<ApiError, "status" | "code" | "message" | "issues">) {
  return HttpResponse.json(errorBody(error), { status: error.status });
}
