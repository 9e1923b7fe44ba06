import type { RefObject } from "preact";
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
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

/** What a click activates: a label with its control counts as one, as the browser treats it. */
const controlOf = (target: EventTarget | null) =>
  target instanceof Element
    ? (target.closest("label") ?? target.closest("button, a, input, select, textarea, summary"))
    : null;

/**
 * The widget's panel: a non-modal dialog beside the launcher (modal only while the host has a
 * modal dialog open, so it is not left inert behind it), or a region inline in the host page.
 * Its header stays in view; the screen scrolls below it, from the top on each new screen.
 */
export function Panel({ mode, launcherRef }: PanelProps) {
  const { ui, t, close } = useWidget();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const firstClicked = useRef<Element | null>(null);
  const open = ui.open.value;
  const screen = ui.screen.value;

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

  // A new screen starts at its top (Back and its heading in view), home included.
  useLayoutEffect(() => {
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  }, [screen]);

  // The second click of a double click lands wherever the first one's action moved things: on a
  // control that was not under the pointer at the first click, it is not the user's intent.
  const onClickCapture = (event: MouseEvent) => {
    const control = controlOf(event.target);
    if (event.detail <= 1) firstClicked.current = control;
    else if (control !== firstClicked.current) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

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
      {/* Made anew for another user: no state of the previous one's screens is left. */}
      <div class="gp-panel-body" ref={bodyRef} key={ui.generation.value}>
        <StatusBar />
        <ScreenBoundary>
          <Screens />
        </ScreenBoundary>
      </div>
    </>
  );

  if (mode === "inline") {
    return (
      <section
        id="gp-panel"
        class="gp-panel"
        data-mode="inline"
        aria-labelledby="gp-panel-title"
        onClickCapture={onClickCapture}
      >
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
      onClickCapture={onClickCapture}
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
