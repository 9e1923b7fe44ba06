import type { Catalog, PulseComment, Touchpoint } from "@goalpost/core/contract";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { day, touchpointWords } from "../format/words.ts";
import { Problem } from "./Problem.tsx";

/** What customers wrote with their value pulses, newest first, more on request (the cursor). */
export function CommentsSection(props: { client: ConsoleClient; catalog: Catalog }) {
  const touchpoint = useSignal<Touchpoint | "">("");
  const items = useSignal<PulseComment[]>([]);
  const next = useSignal<string | null | undefined>(undefined); // undefined: not loaded yet
  const failure = useSignal<unknown>(undefined);
  const busy = useSignal(false);
  const load = async (reset: boolean) => {
    busy.value = true;
    try {
      const cursor = reset ? undefined : (next.value ?? undefined);
      const page = await props.client.pulseComments({
        limit: 10,
        ...(touchpoint.value ? { touchpoint: touchpoint.value } : {}),
        ...(cursor ? { cursor } : {}),
      });
      items.value = reset ? page.items : [...items.value, ...page.items];
      next.value = page.nextCursor;
      failure.value = undefined;
    } catch (error) {
      failure.value = error;
    } finally {
      busy.value = false;
    }
  };
  // The first page once, when the section appears.
  useEffect(() => void load(true), []);
  const roleName = (id: string) => props.catalog.roles.find((r) => r.id === id)?.name ?? id;
  return (
    <section aria-labelledby="comments-heading" class="section">
      <div class="section-head">
        <h2 id="comments-heading">What customers say</h2>
        <label class="field">
          <span>Touchpoint</span>
          <select
            value={touchpoint.value}
            onChange={(event) => {
              touchpoint.value = event.currentTarget.value as Touchpoint | "";
              void load(true);
            }}
          >
            <option value="">Every touchpoint</option>
            {Object.entries(touchpointWords).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failure.value !== undefined && <Problem error={failure.value} what="The comments" />}
      {next.value !== undefined && items.value.length === 0 && <p>No comment yet.</p>}
      <ul class="comments">
        {items.value.map((c) => (
          <li key={c.id}>
            <blockquote>{c.comment}</blockquote>
            <p class="hint">
              {touchpointWords[c.touchpoint]} · {c.score} of 5 · {roleName(c.roleId)} at{" "}
              {c.accountId} · {day(c.at)}
            </p>
          </li>
        ))}
      </ul>
      {next.value && (
        <button type="button" onClick={() => void load(false)} aria-busy={busy.value}>
          More comments
        </button>
      )}
    </section>
  );
}
