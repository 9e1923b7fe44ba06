/** ln(n!) for the table's margins, summed in logs so that large tables do not overflow. */
function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) table[i] = (table[i - 1] ?? 0) + Math.log(i);
  return table;
}

/**
 * The two-sided p-value of Fisher's exact test for the 2 × 2 table
 *
 * |         | renewed | did not |
 * | ------- | ------- | ------- |
 * | group 1 | a       | b       |
 * | group 2 | c       | d       |
 *
 * the probability, with the margins fixed, of a table at most as likely as the one observed (the
 * usual two-sided definition, as in R's `fisher.test`; a relative tolerance of 10⁻⁷ counts ties
 * of floating-point probabilities as equal).
 * @example fisherExact(1, 9, 11, 3) // 0.002759
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  for (const cell of [a, b, c, d]) {
    if (!Number.isInteger(cell) || cell < 0) {
      throw new RangeError(
        `fisherExact needs counts (whole numbers ≥ 0), got ${a}, ${b}, ${c}, ${d}`,
      );
    }
  }
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  if (n === 0) return 1;
  const lf = logFactorials(n);
  const at = (i: number) => lf[i] ?? 0;
  const fixed = at(row1) + at(row2) + at(col1) + at(n - col1) - at(n);
  // The probability of the table whose top-left cell is x (the others follow from the margins).
  const probability = (x: number) =>
    Math.exp(fixed - at(x) - at(row1 - x) - at(col1 - x) - at(row2 - col1 + x));
  const observed = probability(a);
  let p = 0;
  for (let x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) {
    const px = probability(x);
    if (px <= observed * (1 + 1e-7)) p += px;
  }
  return Math.min(1, p);
}
