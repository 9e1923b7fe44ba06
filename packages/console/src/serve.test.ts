// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import { requireBuilt } from "../../../test/support/requireBuilt.ts";
import { consolePolicy, consoleResponse } from "./serve.ts";

const get = (path: string, method = "GET") =>
  consoleResponse(new Request(`http://goalpost.test${path}`, { method }));

describe("consoleResponse (the built page)", () => {
  beforeAll(() => {
    requireBuilt(["packages/console/dist/app/index.html"], ["packages/console/src"]);
  });

  it("redirects /console to /console/, where the fragment of a link survives", async () => {
    const reply = await get("/console");
    expect(reply?.status).toBe(308);
    expect(reply?.headers.get("location")).toBe("/console/");
  });

  it("serves the page with a strict CSP and no referrer, and its scripts", async () => {
    const page = await get("/console/");
    expect(page?.status).toBe(200);
    expect(page?.headers.get("content-security-policy")).toBe(consolePolicy);
    expect(page?.headers.get("referrer-policy")).toBe("no-referrer");
    const html = (await page?.text()) ?? "";
    expect(html).toContain("<goalpost-console page");
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await get(`/console/${script}`);
    expect(asset?.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset?.headers.get("content-security-policy")).toBeNull();
  });

  it("answers nothing for other paths, files the build lacks, escapes or writes", async () => {
    for (const path of [
      "/v1/session",
      "/consoles",
      "/console/assets/missing.js",
      "/console/..%2f..%2fpackage.json",
      "/console/%E0%A4%A",
    ]) {
      expect(await get(path), path).toBeUndefined();
    }
    expect(await get("/console/", "POST")).toBeUndefined();
  });
});
