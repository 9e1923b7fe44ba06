// The few web-platform globals the core uses, declared here instead of taking the DOM lib or
// @types/node: a stray `window`, `document`, `process` or `Buffer` in SDK code does not compile.
// Each is a subset of the real declaration (lib.dom, @types/node), so the core compiles
// against either in the packages and tests that bring them; the published types name none.

declare function fetch(input: string, init?: RequestInit): Promise<Response>;

interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface Response {
  readonly status: number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

declare class URLSearchParams {
  constructor(init?: string[][] | Record<string, string>);
  toString(): string;
}

declare function setTimeout(callback: (...args: never[]) => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function queueMicrotask(callback: () => void): void;
declare function atob(data: string): string;
declare var crypto: { randomUUID(): string };
