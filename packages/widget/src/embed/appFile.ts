// The entry of the script tag's app file, dist/goalpost-app.<hash>.js (see vite.embed.config.ts):
// it hands the app to the loader that added its <script> (see appHook), and does nothing else.
import { startApp } from "./app.ts";
import { appHook } from "./appHook.ts";
import type { StartApp } from "./installGoalpost.ts";

const script = document.currentScript as { [appHook]?: (start: StartApp) => void } | null;
script?.[appHook]?.(startApp);
