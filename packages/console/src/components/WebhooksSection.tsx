import type { WebhookEndpoint } from "@goalpost/core/contract";
import { useSignal } from "@preact/signals";
import { useRef } from "preact/hooks";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { count, moment } from "../format/words.ts";
import { EndpointDeliveries, type FailingStatus } from "./EndpointDeliveries.tsx";
import { Problem } from "./Problem.tsx";
import { useLoad } from "./useLoad.ts";

/** What the console cannot do about webhooks, and where the admin reads how. */
const adminHelp =
  "Your Goalpost admin makes, changes, disables and replays them with the admin key, which this console does not hold: see docs/webhooks.md.";

/** Which deliveries of which endpoint are open below the table. */
interface Opened {
  endpoint: WebhookEndpoint;
  status: FailingStatus;
}

/**
 * The webhook endpoints on the vendor's backend and how their deliveries stand; an endpoint's
 * pending or failed deliveries open below the table. It only reads: managing endpoints takes
 * the admin key.
 */
export function WebhooksSection(props: { client: ConsoleClient }) {
  const list = useLoad(() => props.client.webhookEndpoints(), "webhooks");
  const opened = useSignal<Opened | undefined>(undefined);
  const section = useRef<HTMLElement>(null);
  const loaded = list.value;
  const key = (o: Opened | undefined) => o && `${o.endpoint.id}/${o.status}`;
  const close = () => {
    const was = key(opened.value);
    opened.value = undefined;
    // Back to the button that opened them, so the keyboard is where it was.
    section.current?.querySelector<HTMLElement>(`[data-opens="${was}"]`)?.focus();
  };
  const toggle = (next: Opened) => {
    if (key(opened.value) === key(next)) close();
    else opened.value = next;
  };
  return (
    <section aria-labelledby="webhooks-heading" class="section" ref={section}>
      <h2 id="webhooks-heading">Webhooks</h2>
      {loaded.state === "loading" && <p role="status">Loading the webhook endpoints…</p>}
      {loaded.state === "failed" && <Problem error={loaded.error} what="The webhook endpoints" />}
      {loaded.state === "ready" && loaded.value.items.length === 0 && (
        <p>
          <strong>No webhook endpoints yet.</strong> An endpoint sends your backend what happens in
          Goalpost (a goal missed, a measurement logged), signed.
        </p>
      )}
      {loaded.state === "ready" && loaded.value.items.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus (WCAG 2.1.1)
        <section class="table-scroll" tabIndex={0} aria-label="Webhook endpoints table">
          <table class="webhooks">
            <caption class="visually-hidden">Webhook endpoints and their deliveries</caption>
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">Status</th>
                <th scope="col">Events</th>
                <th scope="col">Pending</th>
                <th scope="col">Failed</th>
                <th scope="col">Last delivered</th>
                <th scope="col">Last failure</th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.items.map((endpoint) => (
                <EndpointRow
                  key={endpoint.id}
                  endpoint={endpoint}
                  open={opened.value?.endpoint.id === endpoint.id ? opened.value.status : undefined}
                  onToggle={(status) => toggle({ endpoint, status })}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p class="hint">{adminHelp}</p>
      {opened.value && (
        <EndpointDeliveries
          key={key(opened.value)}
          client={props.client}
          endpoint={opened.value.endpoint}
          status={opened.value.status}
          onClose={close}
        />
      )}
    </section>
  );
}

function EndpointRow(props: {
  endpoint: WebhookEndpoint;
  open: FailingStatus | undefined;
  onToggle: (status: FailingStatus) => void;
}) {
  const { endpoint: e } = props;
  const d = e.deliveries;
  /** A count, and the button that opens its deliveries when there are any. */
  const opener = (status: FailingStatus) => {
    const n = d[status];
    const open = props.open === status;
    if (n === 0) return "0";
    return (
      <button
        type="button"
        class="sort"
        data-opens={`${e.id}/${status}`}
        aria-expanded={open}
        {...(open ? { "aria-controls": "deliveries" } : {})}
        aria-label={`${e.url}: ${open ? "hide" : "show"} the ${count(n, `${status} delivery`, `${status} deliveries`)}`}
        onClick={() => props.onToggle(status)}
      >
        {n}
      </button>
    );
  };
  return (
    <tr class={d.failed > 0 ? "at-risk" : undefined}>
      <th scope="row" class="url">
        {e.url}
        {e.description && <span class="hint"> · {e.description}</span>}
      </th>
      <td>{e.status === "enabled" ? "Enabled" : "Disabled"}</td>
      <td>{e.eventTypes ? e.eventTypes.join(", ") : "All events"}</td>
      <td>{opener("pending")}</td>
      <td>{opener("failed")}</td>
      <td>{d.lastDeliveredAt ? moment(d.lastDeliveredAt) : "Never"}</td>
      <td>{d.lastFailedAt ? moment(d.lastFailedAt) : "None"}</td>
    </tr>
  );
}
