import type { WebhookDelivery, WebhookEndpoint } from "@goalpost/core/contract";
import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { count, moment } from "../format/words.ts";
import { Problem } from "./Problem.tsx";

const pageSize = 20;

/** The deliveries the console lists: those still retried, and those that failed for good. */
export type FailingStatus = "pending" | "failed";

const titles: Record<FailingStatus, string> = { pending: "Pending", failed: "Failed" };

/**
 * An endpoint's pending or failed deliveries, newest event first, more on request (the cursor):
 * the attempts, what the receiver last answered, or why no answer came.
 */
export function EndpointDeliveries(props: {
  client: ConsoleClient;
  endpoint: WebhookEndpoint;
  status: FailingStatus;
  onClose: () => void;
}) {
  const { client, endpoint, status } = props;
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
        status,
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
  const title = `${titles[status]} deliveries to ${endpoint.url}`;
  return (
    <section class="section" id="deliveries" aria-labelledby="deliveries-heading">
      <div class="section-head">
        <h3 id="deliveries-heading" tabIndex={-1} class="url" ref={heading}>
          {title}
        </h3>
        <button type="button" onClick={props.onClose}>
          Close the {status} deliveries
        </button>
      </div>
      <p class="status" role="status">
        {busy.value
          ? `Loading the ${status} deliveries…`
          : next.value === undefined
            ? ""
            : `${count(shown, `${status} delivery`, `${status} deliveries`)} shown${next.value ? ", more to load" : ""}.`}
      </p>
      {failure.value !== undefined && (
        <Problem error={failure.value} what={`The ${status} deliveries`} />
      )}
      {shown > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus (WCAG 2.1.1)
        <section class="table-scroll" tabIndex={0} aria-label="Deliveries table" ref={table}>
          <table class="webhooks">
            <caption class="visually-hidden">{title}</caption>
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
                  <td>
                    {d.attempts}
                    {d.nextAttemptAt && <span class="hint">, next {moment(d.nextAttemptAt)}</span>}
                  </td>
                  <td>{d.lastAttemptAt ? moment(d.lastAttemptAt) : "Not tried yet"}</td>
                  <td>
                    {d.responseStatus === undefined ? (d.error ?? "—") : `HTTP ${d.responseStatus}`}
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
          More {status} deliveries
        </button>
      )}
      <p class="hint">
        {status === "pending"
          ? "Goalpost tries each again by itself, for a day after its event; then it fails."
          : `Once your receiver is back, your Goalpost admin sends them again with the admin key: POST /v1/admin/webhooks/${endpoint.id}/replay with an eventId, or from and to for a time range.`}
      </p>
    </section>
  );
}
