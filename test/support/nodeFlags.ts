/**
 * Node flags for the processes a test run starts and soon stops (the servers' bins, the
 * workers of the suites that open PGlite): V8 compiles PGlite's WebAssembly with its baseline
 * compiler only, skipping the optimizing tier that a process pays about 1.5 CPU-seconds for and
 * wins back only over a long life. Measured on this 2-core machine, 2 rounds each way: the
 * crash, PGlite-contract and differential suites took 45 CPU-seconds instead of 55, the
 * server's unit suites 48 instead of 54. Never for benches or production: a long-lived server
 * wants the optimized code.
 */
export const shortLivedNodeFlags: readonly string[] = ["--liftoff-only"];
