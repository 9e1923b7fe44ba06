/**
 * A small deterministic generator of numbers in [0, 1) from a 32-bit seed (a SplitMix32-style
 * mixer over a Weyl sequence), so that a bootstrap gives the same interval on every run and on
 * every backend. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
    x = (x ^ (x >>> 16)) >>> 0;
    return x / 2 ** 32;
  };
}
