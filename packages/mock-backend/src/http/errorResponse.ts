import type { ErrorBody } from "@goalpost/core";
import { HttpResponse } from "msw";
import type { ApiError } from "./ApiError.ts";

/** The contract's error body as a JSON response. */
export function errorResponse(error: Pick<ApiError, "status" | "code" | "message" | "issues">) {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
  return HttpResponse.json(body, { status: error.status });
}
