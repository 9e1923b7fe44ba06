/** An ISO time as the local date an `<input type="date">` shows. */
export function toDateInput(iso: string): string {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The chosen local date at the suggested due time of day, as ISO; undefined when there is none. */
export function fromDateInput(text: string, like: string): string | undefined {
  const day = new Date(`${text}T00:00`);
  if (Number.isNaN(day.getTime())) return undefined;
  const due = new Date(like);
  due.setFullYear(day.getFullYear(), day.getMonth(), day.getDate());
  return due.toISOString();
}
