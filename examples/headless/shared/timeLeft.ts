const dayMs = 24 * 60 * 60 * 1000;

/** How long until a due date, in whole days: "12 days left", "due today", "3 days overdue". */
export function timeLeft(dueAt: string, now: number = Date.now()): string {
  const days = (Date.parse(dueAt) - now) / dayMs;
  if (days >= 1) {
    const whole = Math.floor(days);
    return whole === 1 ? "1 day left" : `${whole} days left`;
  }
  if (days >= 0) return "due today";
  const late = Math.ceil(-days);
  return late === 1 ? "1 day overdue" : `${late} days overdue`;
}

/** A due date as a short day: "8 Dec". */
export function formatDay(at: string): string {
  return new Date(at).toLocaleDateString("en-GB", { day: "numeric", month: "short" });
}
