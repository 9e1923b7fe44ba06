import {
  GoalpostError,
  HttpError,
  NetworkError,
  TimeoutError,
  ValidationError,
} from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { createTranslator } from "./createTranslator.ts";
import { errorText } from "./errorText.ts";

const t = createTranslator();
const http = (status: number, message?: string) =>
  new HttpError(
    status,
    message ? { error: { code: "x", message } } : undefined,
    "PATCH",
    "https://api.example.com/v1/goals/goal_1",
  );

describe("errorText", () => {
  it.each([
    [new NetworkError("PATCH", "https://api.example.com/v1/goals/goal_1"), t("errorNetwork")],
    [
      new TimeoutError("PATCH", "https://api.example.com/v1/goals/goal_1", 10_000),
      t("errorTimeout"),
    ],
    [http(401), t("errorSignIn")],
    [http(403), t("errorSignIn")],
    [http(404), t("errorChanged")],
    [http(409), t("errorChanged")],
    [http(429), t("errorServer")],
    [http(503), t("errorServer")],
    [http(422, "target must be above the start value"), "Target must be above the start value."],
    [
      new ValidationError("createGoal request body", [
        { path: ["actions", 1, "title"], message: "must not be blank" },
      ]),
      "Must not be blank.",
    ],
    [
      new ValidationError("GET /v1/session response", [{ path: ["role"], message: "required" }]),
      t("errorServer"),
    ],
    [new GoalpostError("anything else"), t("errorServer")],
    ["not even an error", t("errorServer")],
  ])("%s → %s", (error, text) => {
    expect(errorText(error, t)).toBe(text);
  });

  it("reads an error from another copy of the core (the script tag beside an npm one)", () => {
    // What that copy's HttpError carries: its brand and name, not this copy's prototype.
    const elsewhere = { name: "HttpError", [Symbol.for("goalpost.error")]: true, status: 401 };
    expect(errorText(elsewhere, t)).toBe(t("errorSignIn"));
  });

  it("never shows a method, a URL or an id", () => {
    for (const status of [400, 401, 404, 409, 422, 500])
      expect(errorText(http(status), t)).not.toMatch(/PATCH|https?:|goal_1/);
  });
});
