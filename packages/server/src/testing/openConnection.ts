import { connect } from "node:net";

/** A raw TCP connection to a test server, for what `fetch` cannot do: trickle, idle, hold. */
export interface RawConnection {
  /** Sends text as it is. */
  write(text: string): void;
  /** Resolves with everything received so far once `text` has arrived; rejects on a close. */
  received(text: string): Promise<string>;
  /** Resolves with everything received once the connection has closed, from either side. */
  closed: Promise<string>;
  /** Closes it from this side. */
  destroy(): void;
}

/** Opens a TCP connection to the host and port of `url`, once it is connected. */
export async function openConnection(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let data = "";
  let waiting: { text: string; resolve: (data: string) => void; reject: (e: Error) => void }[] = [];
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    data += chunk;
    const ready = waiting.filter((w) => data.includes(w.text));
    waiting = waiting.filter((w) => !data.includes(w.text));
    for (const w of ready) w.resolve(data);
  });
  // A connection refused at the cap may end in a reset: that is a close like any other here.
  socket.on("error", () => undefined);
  const closed = new Promise<string>((resolve) =>
    socket.once("close", () => {
      for (const w of waiting) w.reject(new Error(`closed before "${w.text}" arrived: ${data}`));
      resolve(data);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return {
    write: (text) => socket.write(text),
    received: (text) =>
      data.includes(text)
        ? Promise.resolve(data)
        : new Promise((resolve, reject) => waiting.push({ text, resolve, reject })),
    closed,
    destroy: () => socket.destroy(),
  };
}
