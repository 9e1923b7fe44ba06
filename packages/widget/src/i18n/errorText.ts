import { isHttpError, isNetworkError, isTimeoutError, isValidationError } from "@goalpost/core";
import type { Translate } from "./createTranslator.ts";
import { sentence } from "./sentence.ts";

/**
 * What a failed action means to the user, in their language: no method, URL or id. Offline
 * and slow answers, an expired sign-in, a change made elsewhere and the server's own trouble
 * each have a message; a refusal says what was wrong ("Must not be blank.").
 */
export function errorText(error: unknown, t: Translate): string {
  if (isNetworkError(error)) return t("errorNetwork");
  if (isTimeoutError(error)) return t("errorTimeout");
  if (isHttpError(error)) {
    if (error.status === 401 || error.status === 403) return t("errorSignIn");
    if (error.status === 404 || error.status === 409) return t("errorChanged");
    if (error.status >= 500 || error.status === 429) return t("errorServer");
    const problem = error.body?.error.issues?.[0]?.message ?? error.body?.error.message;
    return problem ? sentence(problem) : t("errorServer");
  }
  // An answer that breaks the contract is the server's trouble; a body the SDK would not send
  // says what was wrong with it.
  if (isValidationError(error) && !error.where.endsWith(" response")) {
    const problem = error.issues[0]?.message;
    if (problem) return sentence(problem);
  }
  return t("errorServer");
}
