import { fireEvent, render, screen } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { NumberField } from "./NumberField.tsx";

describe("NumberField", () => {
  it("is labelled, announces its description and error, and reports what is typed", () => {
    const onInput = vi.fn();
    render(
      <NumberField
        label="Meetings booked last week"
        unit="meetings"
        description="Count every first meeting."
        value=""
        onInput={onInput}
        error="must be between 0 and 1000"
      />,
    );
    const input = screen.getByRole("textbox", { name: "Meetings booked last week meetings" });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const described = (input.getAttribute("aria-describedby") ?? "").split(" ");
    const texts = described.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(["Count every first meeting.", "must be between 0 and 1000"]);
    fireEvent.input(input, { target: { value: "4,5" } });
    expect(onInput).toHaveBeenCalledWith("4,5");
  });
});
