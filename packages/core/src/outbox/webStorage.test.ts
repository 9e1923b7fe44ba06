import { describe, expect, it } from "vitest";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { memoryStorage } from "./memoryStorage.ts";
import { webStorage } from "./webStorage.ts";

function domError(name: string) {
  return Object.assign(new Error(`${name} happened`), { name });
}

describe("webStorage", () => {
  it("passes reads and writes through", () => {
    const inner = memoryStorage() as ReturnType<typeof memoryStorage> &
      Parameters<typeof webStorage>[0];
    const storage = webStorage(inner);
    storage.setItem("k", "v");
    expect(storage.getItem("k")).toBe("v");
    storage.removeItem("k");
    expect(storage.getItem("k")).toBeNull();
  });

  it("turns a full quota or blocked storage into a GoalpostError with the cause", () => {
    const quota = domError("QuotaExceededError");
    const blocked = domError("SecurityError");
    const storage = webStorage({
      getItem: () => {
        throw blocked;
      },
      setItem: () => {
        throw quota;
      },
      removeItem: () => {},
    });
    expect(() => storage.setItem("goalpost:o", "x")).toThrow(GoalpostError);
    try {
      storage.setItem("goalpost:o", "x");
    } catch (error) {
      expect((error as Error).message).toBe(
        'Could not write "goalpost:o" in web storage: the storage quota is full',
      );
      expect((error as Error).cause).toBe(quota);
    }
    expect(() => storage.getItem("goalpost:o")).toThrow(/read "goalpost:o".*blocks storage/);
  });
});

describe("memoryStorage", () => {
  it("keeps values per key, as strings", () => {
    const storage = memoryStorage();
    storage.setItem("a", "1");
    storage.setItem("b", "2");
    storage.removeItem("a");
    expect([storage.getItem("a"), storage.getItem("b")]).toEqual([null, "2"]);
  });
});
