import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { agreementOn, inDays, metrics, now, role } from "../testFixtures.ts";
import {
  agreementChange,
  type ChangeAgreementInput,
  changeAgreement,
  isNewlyRetired,
} from "./changeAgreement.ts";

const retired = agreementOn("meetings", { status: "retired", retiredAt: inDays(-5) });
const input = (fields: Partial<ChangeAgreementInput> = {}): ChangeAgreementInput => ({
  agreement: agreementOn(),
  body: {},
  role,
  metrics,
  other: undefined,
  now,
  ...fields,
});

describe("changeAgreement", () => {
  it("sets a new maturity level and baseline", () => {
    const body = { maturityLevel: 3, baseline: { value: 7 } };
    expect(changeAgreement(input({ body }))).toEqual({
      ...agreementOn(),
      maturityLevel: 3,
      baseline: { value: 7, at: now.toISOString(), source: "self" },
    });
  });

  it("retires an agreement now, and tells it was newly retired", () => {
    const changed = changeAgreement(input({ body: { status: "retired" } }));
    expect(changed).toEqual({ ...agreementOn(), status: "retired", retiredAt: now.toISOString() });
    expect(isNewlyRetired(agreementOn(), changed as typeof retired)).toBe(true);
    expect(isNewlyRetired(retired, retired)).toBe(false);
    expect(isNewlyRetired(agreementOn(), agreementOn())).toBe(false);
  });

  it("agrees a retired agreement again now, forgetting when it was retired", () => {
    const changed = changeAgreement(input({ agreement: retired, body: { status: "agreed" } }));
    expect(changed).toEqual({ ...agreementOn(), agreedAt: now.toISOString() });
  });

  it("changes a retired agreement only by agreeing it again", () => {
    for (const body of [{ maturityLevel: 2 }, { status: "retired" as const }]) {
      expect(changeAgreement(input({ agreement: retired, body }))).toEqual(
        Problem.conflict("the agreement is retired; agree it again (status: agreed) to change it"),
      );
    }
  });

  it("is a conflict to agree again while another agreement for the metric is in place", () => {
    const other = agreementOn("meetings", { id: "agr_new" });
    expect(
      changeAgreement(input({ agreement: retired, body: { status: "agreed" }, other })),
    ).toEqual(Problem.conflict('the metric is already agreed (agreement "agr_new")'));
  });

  it("refuses a maturity level the role lacks and a baseline that does not fit", () => {
    expect(changeAgreement(input({ body: { maturityLevel: 4 } }))).toMatchObject({
      kind: "invalid",
      issues: [{ path: ["maturityLevel"] }],
    });
    expect(changeAgreement(input({ body: { baseline: { value: -1 } } }))).toEqual(
      Problem.invalid(["baseline", "value"], "must be 0 or more"),
    );
  });

  it("is a conflict when the catalog no longer has the metric", () => {
    expect(changeAgreement(input({ agreement: agreementOn("gone") }))).toEqual(
      Problem.conflict('the metric "gone" is no longer in the catalog'),
    );
  });
});

describe("agreementChange", () => {
  const at = now.toISOString();
  it("names the maturity level and baseline as they were and are, only those that changed", () => {
    const after = { ...agreementOn(), maturityLevel: 2 };
    expect(agreementChange(agreementOn(), after, "sam", at)).toEqual({
      at,
      userId: "sam",
      before: { maturityLevel: 1 },
      after: { maturityLevel: 2 },
    });
    const baseline = { value: 0, at, source: "self" as const };
    expect(agreementChange(agreementOn(), { ...agreementOn(), baseline }, "sam", at)).toEqual({
      at,
      userId: "sam",
      before: { baseline: agreementOn().baseline },
      after: { baseline },
    });
    const { baseline: _none, ...fresh } = agreementOn();
    expect(agreementChange(fresh, agreementOn(), "sam", at)?.before).toEqual({});
  });

  it("records nothing when neither changed", () => {
    expect(agreementChange(agreementOn(), agreementOn(), "sam", at)).toBeUndefined();
    const retired = { ...agreementOn(), status: "retired" as const, retiredAt: at };
    expect(agreementChange(agreementOn(), retired, "sam", at)).toBeUndefined();
  });
});
