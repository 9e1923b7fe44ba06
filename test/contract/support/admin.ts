import { type Reply, type RequestOptions, request } from "./request.ts";
import { target } from "./target.ts";

/** Sends a server-to-server request with the admin key. */
export function admin(
  method: string,
  path: string,
  options: Omit<RequestOptions, "authorization"> = {},
): Promise<Reply> {
  return request(method, path, { ...options, authorization: `Bearer ${target.adminKey}` });
}
