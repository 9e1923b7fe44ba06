import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { ScreenBoundary } from "./ScreenBoundary.tsx";
import { Screens } from "./Screens.tsx";
import { StatusBar } from "./StatusBar.tsx";
import { useWidget } from "./WidgetContext.ts";

/** Props of {@link Panel}. */
export interface PanelProps {
  mode: "launcher" | "inline";
  /** Where focus goes back to when the panel closes. */
  launcherRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The widget's panel: a non-modal dialog beside the launcher (modal only while the host has a
 * modal dialog open, so it is not left inert behind it), or a region inline in the host page.
 */
export function Panel({ mode, launcherRef }: PanelProps) {
  const { ui, t, close } = useWidget();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const open = ui.open.value;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (mode !== "launcher" || !dialog) return;
    if (open && !dialog.open) {
      if (document.querySelector("dialog:modal")) dialog.showModal();
      else dialog.show();
      headingRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      launcherRef.current?.focus();
    }
  }, [open, mode, launcherRef]);

  const body = (
    <>
      <div class="gp-panel-header">
        <h2 id="gp-panel-title" tabIndex={-1} ref={headingRef}>
          {t("panelTitle")}
        </h2>
        {mode === "launcher" && (
          <button type="button" class="gp-btn" data-variant="quiet" onClick={close}>
            {t("close")}
          </button>
        )}
      </div>
      <StatusBar />
      <ScreenBoundary>
        <Screens />
      </ScreenBoundary>
    </>
  );

  if (mode === "inline") {
    return (
      <section id="gp-panel" class="gp-panel" data-mode="inline" aria-labelledby="gp-panel-title">
        {body}
      </section>
    );
  }
  return (
    <dialog
      id="gp-panel"
      ref={dialogRef}
      class="gp-panel"
      aria-labelledby="gp-panel-title"
      onCancel={(event) => {
        event.preventDefault(); // Escape on a modal panel: close it our way, focus included
        close();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
    >
      {open && body /* a closed panel renders nothing: starting stays cheap */}
    </dialog>
  );
}
