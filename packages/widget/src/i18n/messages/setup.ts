/** Texts of the setup flows: agreeing metrics, maturity, baseline, the next goal, the pulse. */
export const setup = {} as const;
