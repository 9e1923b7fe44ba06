import * as z from "zod/mini";

/** One validation problem, with the path of the offending field. */
export const ErrorIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.optional(z.string()),
});
export type ErrorIssue = z.infer<typeof ErrorIssue>;

/** Every error response: `{ error: { code, message, issues? } }`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(ErrorIssue)),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Error codes the servers use, by status. */
export const errorCodes = {
  400: "malformed",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "too_large",
  422: "invalid",
  429: "rate_limited",
  500: "internal",
} as const;
