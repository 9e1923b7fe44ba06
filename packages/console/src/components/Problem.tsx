import { ConsoleError } from "../client/createConsoleClient.ts";

/** How to get a new console link, said wherever a token is refused. */
export const newLinkHelp =
  "Ask your team for a new console link (goalpost-server console-link, or your internal tools), then open it.";

/** A failed read, said plainly; a refused token says how to sign in again. */
export function Problem(props: { error: unknown; what: string }) {
  const { error, what } = props;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ConsoleError && error.signIn) {
    return (
      <div class="problem" role="alert">
        <p>
          <strong>
            {error.status === 401
              ? "Your console link is not valid any more."
              : "This link may not read the console."}
          </strong>{" "}
          The Goalpost API said: {message}.
        </p>
        {/* The server may have said it already. */}
        {!message.includes("console-link") && <p>{newLinkHelp}</p>}
      </div>
    );
  }
  return (
    <p class="problem" role="alert">
      {what} could not be loaded: {message}.
    </p>
  );
}
