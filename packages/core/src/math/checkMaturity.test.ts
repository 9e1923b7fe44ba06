import { describe, expect, it } from "vitest";
import { checkMaturity } from "./checkMaturity.ts";

const level = (n: number) => ({ level: n, name: `L${n}`, description: "", expectedGain: 0.1 });
const role = { maturity: [level(1), level(2), level(3)] };

describe("checkMaturity", () => {
  it("takes each level of the role's model, and no level at all", () => {
    for (const n of [1, 2, 3, undefined]) expect(checkMaturity(role, n)).toBeUndefined();
  });

  it("refuses a level the model lacks, naming the range", () => {
    for (const n of [0, 4, 9]) {
      expect(checkMaturity(role, n)).toMatchObject({
        kind: "invalid",
        message: "maturityLevel must be a level of the role's maturity model (1 to 3)",
        issues: [{ path: ["maturityLevel"] }],
      });
    }
  });
});
