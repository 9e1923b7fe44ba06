/** A fresh random id with a readable prefix, e.g. `goal_6f1c…`. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID()}`;
}
