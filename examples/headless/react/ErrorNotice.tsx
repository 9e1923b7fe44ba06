import { type ActionError, isHttpError, isValidationError } from "@goalpost/core";

/** Names of the store's actions, as the notice says them. */
const actionNames: Record<string, string> = {
  setGoal: "Setting the goal",
  updateGoal: "Changing the goal",
  logProgress: "Logging progress",
  agreeMetric: "Agreeing the metric",
};

/**
 * Shows `snapshot.error`: what failed, and for refused input each field's path and problem
 * (a `ValidationError` from the SDK, or a 422 `HttpError` from the server).
 */
export function ErrorNotice({ error, onDismiss }: { error: ActionError; onDismiss: () => void }) {
  const cause = error.error;
  const issues: readonly { path: (string | number)[]; message: string }[] = isValidationError(cause)
    ? cause.issues
    : isHttpError(cause)
      ? (cause.body?.error.issues ?? [])
      : [];
  return (
    <div className="notice" role="alert">
      <p className="notice__title">
        {actionNames[error.action] ?? error.action} did not work.
        {issues.length === 0 && ` ${cause.message}`}
      </p>
      {issues.length > 0 && (
        <ul className="notice__issues">
          {issues.map((issue) => (
            <li key={`${issue.path.join(".")}:${issue.message}`}>
              <code>{issue.path.join(".") || "(input)"}</code> {issue.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
