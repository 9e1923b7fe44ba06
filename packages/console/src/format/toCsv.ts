/**
 * Rows as CSV (RFC 4180): fields quoted when they hold a comma, a quote or a line break, quotes
 * doubled, lines ended by CRLF. A field that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`, so an account id
 * cannot become a formula in the reader's spreadsheet.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          if (cell === null) return "";
          if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
          const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
          return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
        })
        .join(","),
    )
    .map((line) => `${line}\r\n`)
    .join("");
}

/** Offers `csv` as a file download named `name` (a UTF-8 BOM, so spreadsheets read accents). */
export function downloadCsv(name: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
