// The script-tag entry (dist/goalpost.js, an IIFE): the only code of this package that runs on
// load. It replaces the snippet's `Goalpost` stub with the real command function, replaying the
// queued calls, and defines <goalpost-widget>. A second copy of the script does nothing.
import { installGoalpost } from "./embed/installGoalpost.ts";
import { defineGoalpostElement } from "./GoalpostElement.ts";

if (installGoalpost()) defineGoalpostElement();
