/**
 * Where the outbox keeps its entries between page loads: the shape of `localStorage`, with
 * optional promises so an async store (IndexedDB wrapper, React Native AsyncStorage) fits too.
 * A method that cannot do its job must throw (or reject); the outbox never treats a failed
 * write as done.
 */
export interface OutboxStorage {
  /** The stored text, or `null` when the key is absent. */
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}
