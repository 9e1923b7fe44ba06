// What the script-tag entry loads in its second task (src/embed.ts): everything but the queue.
export { defineGoalpostElement } from "../GoalpostElement.ts";
export { createCommands } from "./createCommands.ts";
