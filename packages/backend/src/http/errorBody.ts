import type { ErrorBody } from "@goalpost/core/contract";
import type { ApiError } from "./ApiError.ts";

/** The contract's error body for a failure: `{ error: { code, message, issues? } }`. */
export function errorBody(error: Pick<ApiError, "code" | "message" | "issues">): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
}
