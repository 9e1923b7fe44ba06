import { type ErrorIssue, isHttpError, isNetworkError, isValidationError } from "@goalpost/core";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { sentence } from "../../i18n/sentence.ts";
import { focusFirstProblem } from "../parts/focusFirstProblem.ts";
import { useWidget } from "../WidgetContext.ts";

type Path = (string | number)[];

const startsWith = (path: Path, prefix: Path) => prefix.every((key, i) => path[i] === key);

/**
 * Saving a setup form: one save at a time, problems kept by field path (from local checks or
 * from the action's ValidationError or the server's 422 issues), the first invalid field
 * focused and the problem announced.
 */
export function useSave() {
  const { goalpost, ui, t, announce } = useWidget();
  const [saving, setSaving] = useState(false);
  const [issues, keepIssues] = useState<ErrorIssue[]>([]);
  const setIssues = (found: ErrorIssue[]) =>
    keepIssues(found.map((issue) => ({ ...issue, message: sentence(issue.message) })));
  const busy = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  useLayoutEffect(() => {
    if (!issues.length) return;
    focusFirstProblem(formRef.current);
    announce(t("setupNotSaved", { message: issues[0]?.message ?? "" }));
  }, [issues]);

  return {
    formRef,
    saving,
    /** Shows problems without saving. */
    fail: (...problems: ErrorIssue[]) => setIssues(problems),
    /** The first problem of the field at `path` (or below it). */
    at: (...path: Path) => issues.find((issue) => startsWith(issue.path, path))?.message,
    /** Problems of no field in `fields`, shown with the form. */
    rest: (fields: Path[]) =>
      issues.filter((issue) => !fields.some((path) => startsWith(issue.path, path))),
    /**
     * Runs `action` unless a save is under way; then `done` (unless the user has left the
     * screen meanwhile), or the problems are shown.
     */
    async save<T>(action: () => Promise<T>, done: (result: T) => void) {
      if (busy.current) return;
      busy.current = true;
      setSaving(true);
      setIssues([]);
      const screen = ui.screen.peek();
      try {
        const result = await action();
        if (ui.screen.peek() === screen) done(result);
      } catch (error) {
        // Shown here, beside the field; the panel's error bar would repeat it.
        goalpost.clearError();
        setIssues(
          isValidationError(error)
            ? error.issues
            : isHttpError(error) && error.body
              ? (error.body.error.issues ?? [{ path: [], message: error.body.error.message }])
              : [{ path: [], message: t(isNetworkError(error) ? "setupOffline" : "setupFailed") }],
        );
      } finally {
        busy.current = false;
        setSaving(false);
      }
    },
  };
}
