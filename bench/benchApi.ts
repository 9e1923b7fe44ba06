// What the widget benches share: the API (the built mock backend's bin over real HTTP) and a user
// token signed as a vendor's backend would sign it.
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { fileURLToPath } from "node:url";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The API: the built mock backend's bin on a free port. */
export async function startApi(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [
    here("../packages/mock-backend/bin/goalpost-mock.js"),
    "--port",
    "0",
  ]);
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`goalpost-mock exited with ${code}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

/** An HS256 user token, as the vendor's backend would sign it. */
export function token(claims: Record<string, unknown>, secret = "demo-signing-secret"): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const body = `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}`;
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`;
}
