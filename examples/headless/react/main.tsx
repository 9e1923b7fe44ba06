// React on @goalpost/core: the state through useSyncExternalStore, changes through the actions.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startDemo } from "../shared/startDemo.ts";
import { App } from "./App.tsx";

const demo = await startDemo("marcus.lee");
const container = document.getElementById("root");
if (!container) throw new Error("the page needs #root");

createRoot(container).render(
  <StrictMode>
    <App demo={demo} />
  </StrictMode>,
);

// Rendered first, so the page shows "Loading…"; a failed start shows as status "error".
await demo.goalpost.start().catch((error: unknown) => console.error(error));
