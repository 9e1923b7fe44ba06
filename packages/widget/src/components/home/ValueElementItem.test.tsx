import type { ValueElement } from "@goalpost/core";
import { cleanup } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { ValueElementItem } from "./ValueElementItem.tsx";

useMockBackend();
afterEach(cleanup);

const element = (href: string): ValueElement => ({
  id: "guide",
  type: "community",
  title: "Peer group",
  metricIds: [],
  roleIds: ["sdr"],
  href,
});

describe("ValueElementItem", () => {
  it("renders only https links as links", async () => {
    const goalpost = await startSdk("sdr");
    for (const href of ["http://beacon.example.com/x", "javascript:alert(1)", "//evil.example"]) {
      const view = renderWidget(goalpost, <ValueElementItem element={element(href)} />);
      view.getByText("Community");
      expect(view.queryByRole("link")).toBeNull();
      expect(view.container.querySelector("a")).toBeNull();
      cleanup();
    }
    const view = renderWidget(
      goalpost,
      <ValueElementItem element={element("https://x.example/")} />,
    );
    expect(view.getByRole("link").getAttribute("href")).toBe("https://x.example/");
  });
});
