import { memoryStorage, type OutboxStorage } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { createDrafts } from "./createDrafts.ts";

/** Lets the queued writes reach the storage. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe("createDrafts", () => {
  it("keeps each user's drafts and screen under their own key, in the storage given", async () => {
    const storage = memoryStorage();
    const drafts = createDrafts(storage);
    await drafts.use("ana");
    drafts.set("log:a1", { note: "Called three leads" });
    drafts.keepScreen({ name: "log", agreementId: "a1" });
    await drafts.use("ben");
    expect(drafts.get("log:a1")).toBeUndefined(); // another user never sees them
    expect(drafts.screen()).toBeUndefined();
    await settle();

    const reloaded = createDrafts(storage);
    await reloaded.use("ana");
    expect(reloaded.get("log:a1")).toEqual({ note: "Called three leads" });
    expect(reloaded.screen()).toEqual({ name: "log", agreementId: "a1" });
  });

  it("removes a saved form's draft, and everything of the user on forget", async () => {
    const storage = memoryStorage();
    const drafts = createDrafts(storage);
    await drafts.use("ana");
    drafts.set("goal:a1", { changes: "More calls" });
    drafts.set("log:a1", { note: "x" });
    drafts.clear("goal:a1");
    await settle();
    expect(JSON.parse((await storage.getItem("ana")) ?? "{}").forms).toEqual({
      "log:a1": { note: "x" },
    });
    drafts.forget();
    await settle();
    expect(await storage.getItem("ana")).toBeNull();
  });

  it("starts empty from a damaged document, and keeps drafts in memory when storage fails", async () => {
    const storage = memoryStorage();
    await storage.setItem(
      "ana",
      '{"forms":{"log:a1":"nope","goal:a1":{"changes":"ok"}},"screen":7}',
    );
    const drafts = createDrafts(storage);
    await drafts.use("ana");
    expect(drafts.get("log:a1")).toBeUndefined();
    expect(drafts.get("goal:a1")).toEqual({ changes: "ok" });
    expect(drafts.screen()).toBeUndefined();

    const failing: OutboxStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {},
    };
    const kept = createDrafts(failing);
    await kept.use("ana");
    kept.set("log:a1", { note: "still here" });
    await settle();
    expect(kept.get("log:a1")).toEqual({ note: "still here" });
  });

  it("is not ready while an async storage reads a user's drafts", async () => {
    const storage = memoryStorage();
    await storage.setItem("ana", '{"forms":{"log:a1":{"note":"x"}}}');
    let release = () => {};
    const slow: OutboxStorage = {
      ...storage,
      getItem: (key) =>
        new Promise((resolve) => {
          release = () => resolve(storage.getItem(key) as string | null);
        }),
    };
    const drafts = createDrafts(slow);
    const reading = drafts.use("ana");
    expect(drafts.ready.value).toBe(false);
    release();
    await reading;
    expect(drafts.ready.value).toBe(true);
    expect(drafts.get("log:a1")).toEqual({ note: "x" });
  });
});
