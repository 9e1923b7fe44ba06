// The script-tag entry (dist/goalpost.js, an IIFE): the only code of this package that runs on
// load. It replaces the snippet's `Goalpost` stub with the real command function, replaying the
// queued calls, and defines <goalpost-widget>. A second copy of the script does nothing.
// The import below is inlined by the build, but its modules are evaluated only when it runs, in
// a later task than the script's own (see installGoalpost).
import { installGoalpost } from "./embed/installGoalpost.ts";

installGoalpost(async () => {
  const { createCommands, defineGoalpostElement } = await import("./embed/scriptModules.ts");
  defineGoalpostElement();
  return createCommands();
});
