// The script-tag entry, dist/goalpost.js: the loader, the only code of this package a host page
// runs at start. It installs `window.Goalpost` (replaying the snippet's queue), paints the
// launcher, and fetches the app file (dist/goalpost-app.<hash>.js: the core, Preact and the
// panel) when it is wanted; see installGoalpost. A second copy of the script does nothing.
import { fetchAppFile } from "./embed/fetchAppFile.ts";
import { installGoalpost } from "./embed/installGoalpost.ts";

/** The app file of this build, set by vite.embed.config.ts once it has built it. */
declare const __GOALPOST_APP__: { name: string; integrity: string };

installGoalpost({ fetchApp: fetchAppFile(__GOALPOST_APP__) });
