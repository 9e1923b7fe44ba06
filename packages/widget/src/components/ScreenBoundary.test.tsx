import { fireEvent } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../test/renderWidget.tsx";
import { ScreenBoundary } from "./ScreenBoundary.tsx";

useMockBackend();

function Broken(): never {
  throw new Error("a screen bug");
}

describe("ScreenBoundary", () => {
  it("keeps a screen that throws inside the widget, reports it, and offers the way home", async () => {
    const goalpost = await startSdk("sdr");
    const view = renderWidget(
      goalpost,
      <ScreenBoundary>
        <Broken />
      </ScreenBoundary>,
      { name: "agree" },
    );
    expect(view.getByRole("alert").textContent).toContain("Something went wrong");
    expect(view.errors).toHaveLength(1);
    expect((view.errors[0] as Error).message).toBe("a screen bug");
    fireEvent.click(view.getByRole("button", { name: "Back" }));
    expect(view.environment.ui.screen.value).toEqual({ name: "home" });
  });
});
