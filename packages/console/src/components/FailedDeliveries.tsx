import type { WebhookDelivery, WebhookEndpoint } from "@goalpost/core/contract";
import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { count, moment } from "../format/words.ts";
import { Problem } from "./Problem.tsx";

const pageSize = 20;

/**
 * An endpoint's deliveries that failed for good, newest event first, more on request (the
 * cursor): what the receiver answered, or why no answer came.
 */
export function FailedDeliveries(props: {
  client: ConsoleClient;
  endpoint: WebhookEndpoint;
  onClose: () => void;
}) {
  const { client, endpoint } = props;
  const items = useSignal<WebhookDelivery[]>([]);
  const next = useSignal<string | null | undefined>(undefined); // undefined: not loaded yet
  const failure = useSignal<unknown>(undefined);
  const busy = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const table = useRef<HTMLElement>(null);
  const load = async () => {
    busy.value = true;
    try {
      const cursor = next.value ?? undefined;
      const page = await client.webhookDeliveries(endpoint.id, {
        status: "failed",
        limit: pageSize,
        ...(cursor ? { cursor } : {}),
      });
      items.value = [...items.value, ...page.items];
      next.value = page.nextCursor ?? null;
      failure.value = undefined;
      // The last page takes the "more" button away: the keyboard stays with the table.
      if (cursor && !page.nextCursor) table.current?.focus();
    } catch (error) {
      failure.value = error;
    } finally {
      busy.value = false;
    }
  };
  // Opened from the endpoints table: the keyboard and the screen reader go to it, then the first page.
  useEffect(() => {
    heading.current?.focus();
    void load();
  }, []);
  const shown = items.value.length;
  return (
    <section class="section" id="failed-deliveries" aria-labelledby="failed-heading">
      <div class="section-head">
        <h3 id="failed-heading" tabIndex={-1} class="url" ref={heading}>
          Failed deliveries to {endpoint.url}
        </h3>
        <button type="button" onClick={props.onClose}>
          Close the failed deliveries
        </button>
      </div>
      <p class="status" role="status">
        {busy.value
          ? "Loading the failed deliveries…"
          : next.value === undefined
            ? ""
            : `${count(shown, "failed delivery", "failed deliveries")} shown${next.value ? ", more to load" : ""}.`}
      </p>
      {failure.value !== undefined && (
        <Problem error={failure.value} what="The failed deliveries" />
      )}
      {shown > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus (WCAG 2.1.1)
        <section class="table-scroll" tabIndex={0} aria-label="Failed deliveries table" ref={table}>
          <table class="webhooks">
            <caption class="visually-hidden">Failed deliveries to {endpoint.url}</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Event id</th>
                <th scope="col">Account</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last attempt</th>
                <th scope="col">Answer</th>
                <th scope="col">Excerpt</th>
              </tr>
            </thead>
            <tbody>
              {items.value.map((d) => (
                <tr key={d.eventId}>
                  <th scope="row">{d.eventType}</th>
                  <td>{d.eventId}</td>
                  <td>{d.accountId}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastAttemptAt ? moment(d.lastAttemptAt) : "—"}</td>
                  <td>
                    {d.responseStatus === undefined
                      ? (d.error ?? "No answer")
                      : `HTTP ${d.responseStatus}`}
                  </td>
                  <td class="url">{d.responseExcerpt ? <code>{d.responseExcerpt}</code> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {next.value && (
        <button type="button" onClick={() => busy.value || void load()} aria-busy={busy.value}>
          More failed deliveries
        </button>
      )}
      <p class="hint">
        Once your receiver is back, your Goalpost admin sends them again with the admin key: POST
        /v1/admin/webhooks/{endpoint.id}/replay with an eventId, or from and to for a time range.
      </p>
    </section>
  );
}
