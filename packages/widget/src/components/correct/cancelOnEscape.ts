/**
 * A keydown handler that runs `cancel` on Escape and keeps the key from the panel, which would
 * close: Escape inside a correction leaves that correction, as its Cancel does.
 */
export function cancelOnEscape(cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
}
