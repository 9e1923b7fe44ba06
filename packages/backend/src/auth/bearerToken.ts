import { ApiError } from "../http/ApiError.ts";

/** The token of a request's `Authorization: Bearer <token>` header (401 when there is none). */
export function bearerToken(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new ApiError(401, "missing Authorization: Bearer <token> header");
  return match[1];
}
