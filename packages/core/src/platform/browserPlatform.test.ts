import { afterEach, describe, expect, it, vi } from "vitest";
import { isGoalpostError } from "../errors/GoalpostError.ts";
import { browserConnectivity } from "./browserConnectivity.ts";
import { browserPlatform } from "./browserPlatform.ts";
import { browserStorage, storageProbeKey } from "./browserStorage.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A global scope with `navigator.onLine` and online/offline events, as a window has. */
function stubWindow(onLine: boolean) {
  const events = new EventTarget();
  const navigator = { onLine };
  vi.stubGlobal("navigator", navigator);
  vi.stubGlobal("addEventListener", events.addEventListener.bind(events));
  vi.stubGlobal("removeEventListener", events.removeEventListener.bind(events));
  return {
    go(online: boolean) {
      navigator.onLine = online;
      events.dispatchEvent(new Event(online ? "online" : "offline"));
    },
  };
}

/** A `localStorage` over a map; `fail` makes its writes throw as a browser's do. */
function stubLocalStorage(fail?: string) {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (fail) throw Object.assign(new Error("refused"), { name: fail });
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
  vi.stubGlobal("localStorage", storage);
  return { items, storage };
}

describe("browserConnectivity", () => {
  it("reads navigator.onLine and follows the online and offline events until stopped", () => {
    const window = stubWindow(true);
    const connectivity = browserConnectivity();
    const heard: boolean[] = [];
    const stop = connectivity.subscribe((online) => heard.push(online));
    expect(connectivity.isOnline()).toBe(true);
    window.go(false);
    expect(connectivity.isOnline()).toBe(false);
    window.go(true);
    stop();
    window.go(false);
    expect(heard).toEqual([false, true]);
  });

  it("is always online, and subscribes to nothing, where there is no browser", () => {
    vi.stubGlobal("navigator", undefined);
    vi.stubGlobal("addEventListener", undefined);
    const connectivity = browserConnectivity();
    expect(connectivity.isOnline()).toBe(true);
    expect(() => connectivity.subscribe(() => {})()).not.toThrow();
  });
});

describe("browserStorage", () => {
  it("keeps what it stores in localStorage, and leaves no probe behind", async () => {
    const { items } = stubLocalStorage();
    const storage = browserStorage();
    await storage.setItem("goalpost:k", "v");
    expect([...items]).toEqual([["goalpost:k", "v"]]);
    expect(items.has(storageProbeKey)).toBe(false);
  });

  it("falls back to memory where localStorage refuses writes (quota, private mode)", async () => {
    for (const name of ["QuotaExceededError", "SecurityError"]) {
      const { items } = stubLocalStorage(name);
      const storage = browserStorage();
      await storage.setItem("goalpost:k", "v");
      expect(await storage.getItem("goalpost:k")).toBe("v");
      expect(items.size).toBe(0);
    }
  });

  it("falls back to memory where reading localStorage throws, or there is none", async () => {
    Object.defineProperty(globalThis, "localStorage", {
      configurable: true,
      get() {
        throw Object.assign(new Error("blocked"), { name: "SecurityError" });
      },
    });
    try {
      const blocked = browserStorage();
      await blocked.setItem("k", "v");
      expect(await blocked.getItem("k")).toBe("v");
    } finally {
      Reflect.deleteProperty(globalThis, "localStorage");
    }
    const storage = browserStorage(); // no localStorage at all
    await storage.setItem("k", "v");
    expect(await storage.getItem("k")).toBe("v");
  });

  it("reports a write refused after the start as an error, not as saved", async () => {
    const { storage: local } = stubLocalStorage();
    const storage = browserStorage();
    local.setItem = () => {
      throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
    };
    const failed = await (async () => storage.setItem("goalpost:k", "v"))().catch((e) => e);
    expect(isGoalpostError(failed)).toBe(true);
    expect(String(failed.message)).toMatch(/the storage quota is full/);
  });
});

describe("browserPlatform", () => {
  it("gives createGoalpost both, from the browser", async () => {
    stubWindow(false);
    const { items } = stubLocalStorage();
    const platform = browserPlatform();
    expect(platform.connectivity.isOnline()).toBe(false);
    await platform.storage.setItem("goalpost:k", "v");
    expect(items.get("goalpost:k")).toBe("v");
  });
});
