// Runs the BUILT script-tag files as a host page would: the snippet, then the loader
// (dist/goalpost.js, twice), which fetches the app file (dist/goalpost-app.<hash>.js) it names.
// The app file's <script> is caught as the loader adds it and run here as the browser would
// (with `document.currentScript` set to it); test/e2e runs both in Chromium. Build first:
// `pnpm --filter @goalpost/widget build`.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runInThisContext } from "node:vm";
import { signDemoToken } from "@goalpost/mock-backend";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requireBuilt } from "../../../../test/support/requireBuilt.ts";
import { apiBase, useMockBackend } from "../test/renderWidget.tsx";
import type { GoalpostGlobal } from "./installGoalpost.ts";

useMockBackend();

const dist = join(import.meta.dirname, "../../dist");
const loaderFile = join(dist, "goalpost.js");
const appName = () => readdirSync(dist).find((name) => /^goalpost-app\.[0-9a-f]+\.js$/.test(name));
const snippet =
  "window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };";
const scope = globalThis as unknown as { Goalpost: GoalpostGlobal };

let loader = "";
let app = "";
let name = "";
let evals: ReturnType<typeof vi.spyOn>[] = [];

/** Runs script text in the page's global scope as `script` (its `document.currentScript`). */
function runScript(text: string, script: HTMLScriptElement | null = null) {
  Object.defineProperty(document, "currentScript", { get: () => script, configurable: true });
  try {
    runInThisContext(text);
  } finally {
    Reflect.deleteProperty(document, "currentScript");
  }
}

beforeAll(() => {
  requireBuilt(["packages/widget/dist/goalpost.js"], ["packages/widget/src", "packages/core/src"]);
  loader = readFileSync(loaderFile, "utf8");
  name = appName() ?? "";
  app = readFileSync(join(dist, name), "utf8");
  // From here on, any eval or Function constructor the bundles used would be recorded.
  evals = [vi.spyOn(globalThis, "eval"), vi.spyOn(globalThis, "Function")];
});

afterAll(() => {
  vi.restoreAllMocks();
  scope.Goalpost?.("destroy");
  document.body.replaceChildren();
});

describe("dist/goalpost.js and its app file", () => {
  it("are each one self-contained script: no imports, no eval, no inline scripts or styles", () => {
    // (Booleans, so that a failure does not print a whole bundle.)
    const has = (code: string, pattern: RegExp) => pattern.test(code);
    for (const code of [loader, app]) {
      expect(has(code, /\bimport\s*\(|^import |\brequire\(/m)).toBe(false);
      expect(has(code, /\beval\(|new Function|\bFunction\(/)).toBe(false);
      expect(has(code, /document\.write/)).toBe(false);
    }
    expect(has(app, /createElement\(\s*["'`]script/)).toBe(false);
    // The loader: plain DOM (no Preact, no markup parsed), no zod, no ky.
    expect(has(loader, /innerHTML|\$ZodType|_zod|Symbol\.for\(`pv`\)|ky/)).toBe(false);
    const integrity = `sha384-${createHash("sha384").update(app).digest("base64")}`;
    expect(loader).toContain(name);
    expect(loader).toContain(integrity);
    // Named by its contents: another build's file would have another name.
    expect(readdirSync(dist).filter((file) => file.startsWith("goalpost-app."))).toEqual([
      name,
      `${name}.map`,
    ]);
  });

  it("have source maps whose every source is a file on disk, the widget's own among them", () => {
    for (const [file, own] of [
      [loaderFile, "../src/embed/installGoalpost.ts"],
      [join(dist, name), "../src/embed/createCommands.ts"],
    ] as const) {
      const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] };
      const missing = map.sources.filter((source) => !existsSync(join(dirname(file), source)));
      expect(missing).toEqual([]);
      expect(map.sources).toContain(own);
    }
    const appMap = JSON.parse(readFileSync(join(dist, `${name}.map`), "utf8"));
    expect(appMap.sources.some((source: string) => source.includes("/zod/"))).toBe(true);
    expect(app).toContain(`//# sourceMappingURL=${name}.map`);
  });

  it("replays the queue, ignores a second copy, and defines <goalpost-widget>", async () => {
    const log: string[] = [];
    const token = await signDemoToken({ sub: "built-user", acc: "built", role: "sdr" });
    const added: HTMLScriptElement[] = [];
    vi.spyOn(document.head, "append").mockImplementation((...nodes) => {
      added.push(...(nodes as HTMLScriptElement[]));
    });
    runScript(snippet);
    scope.Goalpost("on", "ready", ({ session }: { session: { user: { id: string } } }) =>
      log.push(`ready ${session.user.id}`),
    );
    scope.Goalpost("init", { apiBase, token });
    scope.Goalpost("open");
    scope.Goalpost("on", "open", () => log.push("open (too late: already open)"));
    const own = Object.assign(document.createElement("script"), {
      src: "https://cdn.example.com/widget/goalpost.js",
      nonce: "n0nce",
    });
    runScript(loader, own);
    const loaded = scope.Goalpost;
    expect(loaded.loaded).toBe(true);

    // `open` wants the app at once: one <script>, from the loader's folder, nonce and integrity.
    expect(added).toHaveLength(1);
    const [appScript] = added as [HTMLScriptElement];
    expect(appScript.src).toBe(`https://cdn.example.com/widget/${name}`);
    expect(appScript.nonce).toBe("n0nce");
    expect(appScript.crossOrigin).toBe("anonymous");
    expect(appScript.integrity).toBe(`sha384-${createHash("sha384").update(app).digest("base64")}`);
    runScript(app, appScript);

    await vi.waitFor(() => expect(log).toEqual(["ready built-user"]));
    const host = document.querySelector("[data-goalpost-widget]");
    expect(host?.shadowRoot?.querySelector("dialog.gp-panel")?.hasAttribute("open")).toBe(true);
    // The app's launcher took the loader's place: one launcher.
    expect(host?.shadowRoot?.querySelectorAll(".gp-launcher")).toHaveLength(1);

    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    runScript(snippet);
    runScript(loader, own); // the script tag twice
    expect(scope.Goalpost).toBe(loaded);
    expect(added).toHaveLength(1);
    expect(document.querySelectorAll("[data-goalpost-widget]")).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();

    const element = document.createElement("goalpost-widget");
    element.setAttribute("api-base", apiBase);
    element.setAttribute(
      "token",
      await signDemoToken({ sub: "built-el", acc: "built", role: "sdr" }),
    );
    const started = new Promise<CustomEvent>((resolve) =>
      element.addEventListener("ready", (e) => resolve(e as CustomEvent)),
    );
    document.body.append(element);
    expect((await started).detail.session.user.id).toBe("built-el");
    expect(element.shadowRoot?.querySelector(".gp-panel")).not.toBeNull();

    scope.Goalpost("destroy");
    element.remove();
    await Promise.resolve();
    expect(document.querySelector("[data-goalpost-widget]")).toBeNull();
    for (const spy of evals) expect(spy).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
