/** Display names of the value pulse's touchpoints. */
export const touchpointNames: Readonly<Record<string, string>> = {
  overall: "Overall",
  problem: "Solving the problem",
  product: "Product",
  training: "Training",
  pricing: "Pricing",
  support: "Support",
};

/** A touchpoint's display name. */
export function touchpointName(touchpoint: string): string {
  return touchpointNames[touchpoint] ?? touchpoint;
}
