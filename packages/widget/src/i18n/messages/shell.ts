/** Texts of the panel shell: launcher, header, states, status bar. */
export const shell = {
  launcherLabel: "Your goals",
  panelTitle: "Your goals",
  close: "Close",
  back: "Back",
  loading: "Loading your goals…",
  loadFailed: "We couldn't load your goals.",
  loadFailedHint: "Check your connection, then try again.",
  retry: "Try again",
  offline: "You're offline. What you log is kept and sent when you're back.",
  pending: "{count} waiting to send",
  sendFailed: "The server refused an entry: {message}",
  discard: "Discard",
  errorTitle: "Something went wrong",
  dismiss: "Dismiss",
  saved: "Saved",
} as const;
