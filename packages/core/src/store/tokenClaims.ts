/**
 * Reads `acc` and `sub` from a JWT without verifying it (the server verifies). Used only to keep
 * each user's outbox and saved session apart in shared storage.
 */
export function tokenClaims(token: string): { acc?: string; sub?: string } {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claims: unknown = JSON.parse(json);
    if (typeof claims !== "object" || claims === null) return {};
    const { acc, sub } = claims as Record<string, unknown>;
    return {
      ...(typeof acc === "string" ? { acc } : {}),
      ...(typeof sub === "string" ? { sub } : {}),
    };
  } catch {
    return {};
  }
}
