import type { WebhookEndpoint } from "@goalpost/core/contract";
import { useSignal } from "@preact/signals";
import { useRef } from "preact/hooks";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { count, moment } from "../format/words.ts";
import { FailedDeliveries } from "./FailedDeliveries.tsx";
import { Problem } from "./Problem.tsx";
import { useLoad } from "./useLoad.ts";

/** Where the admin's side of webhooks is written down, said wherever the console cannot act. */
const adminHelp =
  "Your Goalpost admin makes, changes, disables and replays them with the admin key, which this console does not hold: see docs/webhooks.md.";

/**
 * The webhook endpoints on the vendor's backend and how their deliveries stand; an endpoint's
 * failed deliveries open below the table. It only reads: managing endpoints takes the admin key.
 */
export function WebhooksSection(props: { client: ConsoleClient }) {
  const list = useLoad(() => props.client.webhookEndpoints(), "webhooks");
  const opened = useSignal<WebhookEndpoint | undefined>(undefined);
  const section = useRef<HTMLElement>(null);
  const loaded = list.value;
  const close = () => {
    const id = opened.value?.id;
    opened.value = undefined;
    // Back to the button that opened them, so the keyboard is where it was.
    section.current?.querySelector<HTMLElement>(`[data-endpoint="${id}"]`)?.focus();
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
                  open={opened.value?.id === endpoint.id}
                  onToggle={() => {
                    if (opened.value?.id === endpoint.id) close();
                    else opened.value = endpoint;
                  }}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p class="hint">{adminHelp}</p>
      {opened.value && (
        <FailedDeliveries
          key={opened.value.id}
          client={props.client}
          endpoint={opened.value}
          onClose={close}
        />
      )}
    </section>
  );
}

function EndpointRow(props: { endpoint: WebhookEndpoint; open: boolean; onToggle: () => void }) {
  const { endpoint: e, open } = props;
  const d = e.deliveries;
  return (
    <tr class={d.failed > 0 ? "at-risk" : undefined}>
      <th scope="row" class="url">
        {e.url}
        {e.description && <span class="hint"> · {e.description}</span>}
      </th>
      <td>{e.status === "enabled" ? "Enabled" : "Disabled"}</td>
      <td>{e.eventTypes ? e.eventTypes.join(", ") : "All events"}</td>
      <td>{d.pending}</td>
      <td>
        {d.failed === 0 ? (
          "0"
        ) : (
          <button
            type="button"
            class="sort"
            data-endpoint={e.id}
            aria-expanded={open}
            {...(open ? { "aria-controls": "failed-deliveries" } : {})}
            aria-label={`${e.url}: ${open ? "hide" : "show"} the ${count(d.failed, "failed delivery", "failed deliveries")}`}
            onClick={props.onToggle}
          >
            {d.failed}
          </button>
        )}
      </td>
      <td>{d.lastDeliveredAt ? moment(d.lastDeliveredAt) : "Never"}</td>
      <td>{d.lastFailedAt ? moment(d.lastFailedAt) : "None"}</td>
    </tr>
  );
}
