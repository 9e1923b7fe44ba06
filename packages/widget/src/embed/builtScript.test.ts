// Runs the BUILT script-tag bundle, dist/goalpost.js, as a host page would: the snippet, then
// the script (twice). Build first: `pnpm --filter @goalpost/widget build`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runInThisContext } from "node:vm";
import { signDemoToken } from "@goalpost/mock-backend";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requireBuilt } from "../../../../test/support/requireBuilt.ts";
import { apiBase, useMockBackend } from "../test/renderWidget.tsx";
import type { GoalpostGlobal } from "./installGoalpost.ts";

useMockBackend();

const file = join(import.meta.dirname, "../../dist/goalpost.js");
const snippet =
  "window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };";
const scope = globalThis as unknown as { Goalpost: GoalpostGlobal };

let code = "";
let evals: ReturnType<typeof vi.spyOn>[] = [];

/** Runs script text in the page's global scope, as a <script> would. */
const runScript = (text: string) => runInThisContext(text);

beforeAll(() => {
  requireBuilt(["packages/widget/dist/goalpost.js"], ["packages/widget/src", "packages/core/src"]);
  code = readFileSync(file, "utf8");
  // From here on, any eval or Function constructor the bundle used would be recorded.
  evals = [vi.spyOn(globalThis, "eval"), vi.spyOn(globalThis, "Function")];
});
afterAll(() => {
  vi.restoreAllMocks();
  scope.Goalpost?.("destroy");
  document.body.replaceChildren();
});

describe("dist/goalpost.js", () => {
  it("is one self-contained script: no imports, no eval, no inline scripts or styles", () => {
    expect(code).not.toMatch(/\bimport\s*\(|^import |\brequire\(/m);
    expect(code).not.toMatch(/\beval\(|new Function|\bFunction\(/);
    expect(code).not.toMatch(/createElement\(\s*["']script/);
    expect(code).not.toMatch(/document\.write/);
  });

  it("has a source map whose every source is a file on disk, the widget's own among them", () => {
    const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] };
    const missing = map.sources.filter((source) => !existsSync(join(dirname(file), source)));
    expect(missing).toEqual([]);
    // The modules built apart (see vite.embed.config.ts) are mapped too, not only the loader.
    expect(map.sources).toContain("../src/embed/createCommands.ts");
    expect(map.sources.some((source) => source.includes("/zod/"))).toBe(true);
  });

  it("replays the queue, ignores a second copy, and defines <goalpost-widget>", async () => {
    const log: string[] = [];
    const token = await signDemoToken({ sub: "built-user", acc: "built", role: "sdr" });
    runScript(snippet);
    scope.Goalpost("on", "ready", ({ session }: { session: { user: { id: string } } }) =>
      log.push(`ready ${session.user.id}`),
    );
    scope.Goalpost("init", { apiBase, token });
    scope.Goalpost("open");
    scope.Goalpost("on", "open", () => log.push("open (too late: already open)"));

    runScript(code);
    const loaded = scope.Goalpost;
    expect(loaded.loaded).toBe(true);
    await vi.waitFor(() => expect(log).toEqual(["ready built-user"]));
    const host = document.querySelector("[data-goalpost-widget]");
    expect(host?.shadowRoot?.querySelector("dialog.gp-panel")?.hasAttribute("open")).toBe(true);

    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    runScript(snippet);
    runScript(code); // the script tag twice
    expect(scope.Goalpost).toBe(loaded);
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
