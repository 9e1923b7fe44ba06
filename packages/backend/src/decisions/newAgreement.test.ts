import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { agreementOn, inDays, metrics, now, role } from "../testFixtures.ts";
import { type NewAgreementInput, newAgreement } from "./newAgreement.ts";

const input = (fields: Partial<NewAgreementInput> = {}): NewAgreementInput => ({
  body: { metricId: "fit-rate" },
  accountId: "acme",
  role,
  metrics,
  open: undefined,
  now,
  ...fields,
});

describe("newAgreement", () => {
  it("agrees the metric now, proposed by the customer, with what the body gives", () => {
    expect(newAgreement(input())).toEqual({
      id: expect.stringMatching(/^agr_/),
      accountId: "acme",
      roleId: "sdr",
      metricId: "fit-rate",
      status: "agreed",
      proposedBy: "customer",
      agreedAt: now.toISOString(),
    });
    const body = { metricId: "fit-rate", maturityLevel: 2, baseline: { value: 28 } };
    expect(newAgreement(input({ body }))).toMatchObject({
      maturityLevel: 2,
      // Typed by the user, so theirs: self, though the metric's data comes from the app.
      baseline: { value: 28, at: now.toISOString(), source: "self" },
    });
  });

  it("refuses a metric of another role and one the catalog lacks", () => {
    for (const metricId of ["setup-hours", "no-such-metric"]) {
      expect(newAgreement(input({ body: { metricId } }))).toEqual(
        Problem.invalid(["metricId"], 'is not a metric of the role "sdr"'),
      );
    }
  });

  it("refuses a maturity level the role lacks and a baseline that does not fit", () => {
    expect(newAgreement(input({ body: { metricId: "fit-rate", maturityLevel: 5 } }))).toEqual(
      Problem.invalid(["maturityLevel"], "must be a level of the role's maturity model (1 to 3)"),
    );
    const future = { value: 20, at: inDays(1) };
    expect(newAgreement(input({ body: { metricId: "fit-rate", baseline: future } }))).toEqual(
      Problem.invalid(["baseline", "at"], "must not be in the future"),
    );
  });

  it("is a conflict when the metric is already agreed", () => {
    const open = agreementOn("fit-rate");
    expect(newAgreement(input({ open }))).toEqual(
      Problem.conflict('the metric "fit-rate" is already agreed (agreement "agr_fit-rate")'),
    );
  });
});
