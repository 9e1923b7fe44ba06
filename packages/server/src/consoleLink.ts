import { signConsoleToken } from "@goalpost/backend";
import { Id } from "@goalpost/core/contract";

/** What `goalpost-server console-link` needs. */
export interface ConsoleLinkInput {
  /** The server's public base URL, e.g. `https://goalpost.example.com`. */
  baseUrl: string;
  /** The deployment's admin key, which console tokens are signed with. */
  adminKey: string;
  /** The staff member's display name. */
  name: string;
  /** How long the link works, in hours (at most 12). */
  hours: number;
  now: Date;
}

/**
 * A sign-in link to the console: `<base>/console/#token=<console token>`. The token travels in
 * the fragment, which browsers never send to a server, so it lands in no access log.
 */
export async function consoleLink(input: ConsoleLinkInput): Promise<string> {
  const url = new URL(input.baseUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`the console's base URL must be http(s), got "${input.baseUrl}"`);
  }
  const exp = Math.floor(input.now.getTime() / 1000 + input.hours * 3600);
  const token = await signConsoleToken(
    { sub: staffId(input.name), name: input.name, exp },
    input.adminKey,
    input.now,
  );
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/console/`;
  url.search = "";
  url.hash = `token=${token}`;
  return url.toString();
}

/** A staff id from a name: the name's id-safe letters, or `console` when none are left. */
function staffId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9._:-]+/g, ".")
    .replace(/^\.+|\.+$/g, "")
    .slice(0, 100);
  return Id.safeParse(id).success ? id : "console";
}
