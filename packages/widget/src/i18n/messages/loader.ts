/**
 * Texts of the launcher the script tag's loader paints before the widget's app has arrived
 * (src/embed/paintLauncher.ts); the label stays the launcher's once it has.
 */
export const loader = {
  launcherLabel: "Your goals",
  launcherLoading: "opening",
  launcherFailed: "Couldn't load: press to try again",
};
