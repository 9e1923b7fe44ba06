// `@goalpost/console`: the vendor's console, to embed in internal tools as <goalpost-console>.
// goalpost-server serves it as a page of its own at /console/ (dist/app).

export { type ConsoleElement, defineConsoleElement } from "./ConsoleElement.ts";
export {
  type ConsoleClient,
  type ConsoleClientOptions,
  ConsoleError,
  type ConsoleToken,
  createConsoleClient,
} from "./client/createConsoleClient.ts";
export { claimsOf, readSignIn, type SignedIn, tokenStorageKey } from "./client/readSignIn.ts";
export { ConsoleApp, type ConsoleAppProps } from "./components/ConsoleApp.tsx";
