import { useRef } from "preact/hooks";
import { Launcher } from "./Launcher.tsx";
import { LiveRegion } from "./LiveRegion.tsx";
import { Panel } from "./Panel.tsx";

/** The widget: a launcher and its panel, or the panel inline; and the live region. */
export function App({ mode }: { mode: "launcher" | "inline" }) {
  const launcherRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      {mode === "launcher" && <Launcher buttonRef={launcherRef} />}
      <Panel mode={mode} launcherRef={launcherRef} />
      <LiveRegion />
    </>
  );
}
