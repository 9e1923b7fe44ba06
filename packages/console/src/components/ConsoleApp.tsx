import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { claimsOf } from "../client/readSignIn.ts";
import { AccountsSection } from "./AccountsSection.tsx";
import { CommentsSection } from "./CommentsSection.tsx";
import { CompanyResultsSection } from "./CompanyResultsSection.tsx";
import { KpiSection } from "./KpiSection.tsx";
import { newLinkHelp, Problem } from "./Problem.tsx";
import { useLoad } from "./useLoad.ts";
import { WebhooksSection } from "./WebhooksSection.tsx";

/** What the console app is given. */
export interface ConsoleAppProps {
  /** The reads, with the console token; undefined when there is no token to read with. */
  client: ConsoleClient | undefined;
  /** The token, for the name and expiry it states (the API verifies it on every read). */
  token: string | undefined;
  /** The clock, for the KPI periods. */
  now: () => Date;
  /**
   * A page of its own (/console/): a banner, a main landmark and an h1. Embedded in another
   * page, which has those, the console is a region whose sections start at h2.
   * @default false
   */
  page?: boolean;
}

/** The console: who is signed in, the KPIs by role, every account's roles, the webhooks. */
export function ConsoleApp(props: ConsoleAppProps) {
  const { client, token } = props;
  const claims = token ? claimsOf(token) : undefined;
  const Top = props.page ? "header" : "div";
  const Main = props.page ? "main" : "div";
  return (
    <div
      class="console"
      {...(props.page ? {} : { role: "region", "aria-label": "Goalpost console" })}
    >
      <Top class="top">
        <p class="brand">Goalpost console</p>
        {claims && (
          <p class="who">
            Signed in as <strong>{claims.name || "staff"}</strong>,{" "}
            {claims.expiresAt > props.now().getTime() ? "until" : "the link expired"}{" "}
            {new Intl.DateTimeFormat("en", { timeStyle: "short", dateStyle: "medium" }).format(
              claims.expiresAt,
            )}
          </p>
        )}
      </Top>
      <Main class="main">
        {props.page && <h1>Customer results</h1>}
        {client ? (
          <Reads client={client} now={props.now} />
        ) : (
          <div class="problem" role="alert">
            <p>
              <strong>Open the console with a sign-in link.</strong> The link carries a console
              token that reads for a few hours.
            </p>
            <p>{newLinkHelp}</p>
          </div>
        )}
      </Main>
    </div>
  );
}

function Reads(props: { client: ConsoleClient; now: () => Date }) {
  const catalog = useLoad(() => props.client.catalog(), "catalog");
  const loaded = catalog.value;
  if (loaded.state === "loading") return <p role="status">Loading the catalog…</p>;
  if (loaded.state === "failed") return <Problem error={loaded.error} what="The catalog" />;
  return (
    <>
      <KpiSection client={props.client} catalog={loaded.value} now={props.now} />
      <AccountsSection client={props.client} catalog={loaded.value} />
      <CommentsSection client={props.client} catalog={loaded.value} />
      <CompanyResultsSection client={props.client} catalog={loaded.value} />
      <WebhooksSection client={props.client} />
    </>
  );
}
