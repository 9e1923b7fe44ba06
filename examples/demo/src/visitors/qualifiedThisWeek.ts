/** Monday of the week `date` falls in (local time), as YYYY-MM-DD: the key of a week. */
export function weekOf(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}

const keyFor = (userId: string, now: Date) => `beacon-demo:qualified:${userId}:${weekOf(now)}`;

/** The visitors an SDR marked as qualified this week (a new week starts empty). */
export function loadQualified(userId: string, now = new Date()): Set<string> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(keyFor(userId, now)) ?? "[]");
    return new Set(Array.isArray(saved) ? saved.filter((id) => typeof id === "string") : []);
  } catch {
    return new Set();
  }
}

/** Saves this week's qualified visitors. */
export function saveQualified(userId: string, ids: ReadonlySet<string>, now = new Date()): void {
  try {
    localStorage.setItem(keyFor(userId, now), JSON.stringify([...ids]));
  } catch {
    // Storage blocked or full: the marks last until the page is reloaded.
  }
}
