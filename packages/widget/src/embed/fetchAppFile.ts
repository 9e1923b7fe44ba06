import { appHook } from "./appHook.ts";
import type { AppFileOptions, StartApp } from "./installGoalpost.ts";

/** The app file of this build: its name (with its content hash) and its SRI integrity. */
export interface AppFile {
  name: string;
  integrity: string;
}

/**
 * How the loader fetches the app file: a `<script>` with the page's nonce (the `nonce` option,
 * else the loader's own script's) and the file's integrity, from the loader's own folder (its
 * `document.currentScript`, read now) or from `appSrc`. Resolves once the file has run and
 * handed over the app; rejects when it failed to load (a network error, a refused integrity or
 * CSP) or ran without handing it over.
 */
export function fetchAppFile(file: AppFile): (options: AppFileOptions) => Promise<StartApp> {
  const loader = document.currentScript as HTMLScriptElement | null;
  const base = loader?.src || document.baseURI;
  const pageNonce = loader?.nonce;
  return ({ appSrc, nonce = pageNonce }) =>
    new Promise((resolve, reject) => {
      const src = new URL(appSrc ?? file.name, base).href;
      const script = Object.assign(document.createElement("script"), {
        src,
        async: true,
        crossOrigin: "anonymous",
        integrity: file.integrity,
        [appHook]: resolve,
      });
      if (nonce) script.nonce = nonce;
      const done = (failure?: string) => {
        script.remove();
        if (failure) reject(new Error(`${src} ${failure}`));
      };
      script.addEventListener("error", () => done("failed to load"));
      // Resolved by now when the file ran; rejecting a settled promise does nothing.
      script.addEventListener("load", () => done("ran without handing over the app"));
      (document.head ?? document.documentElement).append(script);
    });
}
