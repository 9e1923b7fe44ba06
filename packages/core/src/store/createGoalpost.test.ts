import { describe, expect, it, vi } from "vitest";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { createGoalpost } from "./createGoalpost.ts";
import { testSession } from "./testSession.ts";
import type { GoalpostOptions } from "./types.ts";

const apiBase = "https://api.test/goalpost";

/** A fetch that must not be reached: it records the call and answers 401 (never retried). */
const unreachable = () =>
  vi.fn<typeof fetch>(async () => Response.json({ error: {} }, { status: 401 }));

describe("createGoalpost options", () => {
  it.each([
    [
      { token: "jwt" },
      /^apiBase must be an http\(s\) URL or a path such as "\/goalpost", not undefined$/,
    ],
    [{ apiBase: "api.example.com", token: "jwt" }, /, not "api.example.com"$/],
    [{ apiBase: "localhost:8080/goalpost", token: "jwt" }, /^apiBase must be /],
    [{ apiBase: "//cdn.example.com/goalpost", token: "jwt" }, /^apiBase must be /],
    [{ apiBase: 42, token: "jwt" }, /^apiBase must be .*, not 42$/],
    [{ apiBase }, /^the token must be a non-empty string .* or a function .*, not undefined$/],
    [{ apiBase, token: "" }, /^the token must be .*, not ""$/],
    [{ apiBase, token: 7 }, /^the token must be .*, not 7$/],
    [{ apiBase, token: Promise.resolve("jwt") }, /, not \[object Promise\]$/],
  ])("throws at creation, naming the option: %o", (options, message) => {
    const create = () => createGoalpost(options as unknown as GoalpostOptions);
    expect(create).toThrow(GoalpostError);
    expect(create).toThrow(message);
  });

  it("throws for no options at all", () => {
    expect(() => createGoalpost(undefined as unknown as GoalpostOptions)).toThrow(/^apiBase must/);
  });

  it("takes http and https URLs, a path on the page's origin, a token string or a provider", () => {
    for (const base of ["http://localhost:8080", "HTTPS://api.example.com/goalpost/", "/goalpost"])
      for (const token of ["jwt", () => "jwt", async () => "jwt"])
        expect(() => createGoalpost({ apiBase: base, token }).destroy()).not.toThrow();
  });

  it("rejects a call whose token provider resolves to no token, sending nothing", async () => {
    const fetch = unreachable();
    for (const resolved of [undefined, { token: "jwt" }, ""]) {
      const goalpost = createGoalpost({
        apiBase,
        token: async () => resolved as unknown as string,
        fetch,
      });
      const started = goalpost.start();
      await expect(started).rejects.toThrow(GoalpostError);
      await expect(started).rejects.toThrow(
        /^the token function must return a non-empty string \(the user's JWT\), not /,
      );
      expect(goalpost.status.value).toBe("error");
      goalpost.destroy();
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it("refuses a bad token given to identify, before changing anything", async () => {
    const fetch = unreachable();
    const goalpost = createGoalpost({ apiBase, token: "jwt", fetch });
    await expect(goalpost.identify(42 as unknown as string)).rejects.toThrow(
      /^the token must be .*, not 42$/,
    );
    expect(fetch).not.toHaveBeenCalled();
    goalpost.destroy();
  });
});

describe("createGoalpost after destroy", () => {
  it("refuses refresh, start and identify like every other action, sending nothing", async () => {
    const fetch = unreachable();
    const goalpost = createGoalpost({ apiBase, token: "jwt", fetch });
    goalpost.destroy();
    await expect(goalpost.refresh()).rejects.toThrow("This Goalpost instance was destroyed");
    await expect(goalpost.start()).rejects.toThrow("This Goalpost instance was destroyed");
    await expect(goalpost.identify("other")).rejects.toThrow(
      "This Goalpost instance was destroyed",
    );
    await expect(goalpost.agreeMetric("meetings-booked")).rejects.toThrow(/destroyed/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("createGoalpost with answers that come late", () => {
  /** A fetch whose session answers wait until the test sends them, in any order. */
  function heldFetch() {
    const held: { token: string; answer: () => void }[] = [];
    const fetch = vi.fn<typeof globalThis.fetch>(
      (input, init) =>
        new Promise<Response>((resolve) => {
          const request = new Request(input, init);
          const token = request.headers.get("authorization")?.replace("Bearer ", "") ?? "";
          const session = testSession(Date.now());
          held.push({
            token,
            answer: () =>
              resolve(Response.json({ ...session, user: { ...session.user, id: token } })),
          });
        }),
    );
    const asked = (token: string) =>
      vi.waitFor(() => expect(held.map((h) => h.token)).toContain(token));
    const answer = async (token: string) => {
      await asked(token);
      held.find((h) => h.token === token)?.answer();
    };
    return { fetch, asked, answer };
  }

  it("moves its time at local midnight, so relative days stay true in a tab left open", () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 3, 23, 0) });
    try {
      const goalpost = createGoalpost({ apiBase, token: "jwt", fetch: unreachable() });
      const seen: number[] = [];
      const stop = goalpost.time.subscribe((time) => seen.push(time));
      vi.advanceTimersByTime(59 * 60_000);
      expect(seen).toEqual([new Date(2026, 11, 3, 23, 0).getTime()]);
      vi.advanceTimersByTime(60_000);
      expect(seen.at(-1)).toBe(new Date(2026, 11, 4).getTime());
      vi.advanceTimersByTime(24 * 3_600_000);
      expect(seen.at(-1)).toBe(new Date(2026, 11, 5).getTime());
      stop();
      goalpost.destroy();
    } finally {
      vi.useRealTimers();
    }
  });

  it("drops a session that arrives after destroy(): no ready event, no outbox", async () => {
    const { fetch, answer } = heldFetch();
    const goalpost = createGoalpost({ apiBase, token: "ana", fetch });
    const ready = vi.fn();
    goalpost.on("ready", ready);
    const started = goalpost.start();
    await answer("ana").then(() => goalpost.destroy());
    await started;
    expect(goalpost.session.value).toBeUndefined();
    expect(goalpost.status.value).not.toBe("ready");
    expect(ready).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1); // nothing started afterwards asks for more
  });

  it("takes the new user's session when the previous user's answer comes last", async () => {
    const { fetch, asked, answer } = heldFetch();
    const goalpost = createGoalpost({ apiBase, token: "ana", fetch });
    const first = goalpost.start();
    await asked("ana"); // Ana's session is on its way when the page switches to Ben
    const second = goalpost.identify("ben");
    await answer("ben");
    await second;
    await answer("ana");
    await first;
    expect(goalpost.session.value?.user.id).toBe("ben");
    expect(goalpost.status.value).toBe("ready");
    goalpost.destroy();
  });
});
