/**
 * The property of the `<script>` element the loader adds for the app file, holding the function
 * that takes the app: the app file hands itself over through `document.currentScript`, so it
 * defines no global and a copy of it run by anything else does nothing.
 */
export const appHook: unique symbol = Symbol.for("goalpost.app");
