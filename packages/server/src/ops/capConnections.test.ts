import { describe, expect, it } from "vitest";
import { openConnection } from "../testing/openConnection.ts";
import { startTestServer } from "../testing/startTestServer.ts";

const health = "GET /health HTTP/1.1\r\nHost: goalpost.test\r\n\r\n";

describe("the connection cap", () => {
  it("closes connections past the cap as they arrive, and warns", async () => {
    const server = await startTestServer({
      database: "pglite",
      env: { GOALPOST_MAX_CONNECTIONS: "2" },
    });
    const held = [await openConnection(server.url), await openConnection(server.url)];
    try {
      // Each answered, so the server has accepted both; kept alive, they stay open.
      for (const connection of held) {
        connection.write(health);
        await connection.received('"status":"ok"');
      }
      const third = await openConnection(server.url);
      third.write(health);
      expect(await third.closed).toBe("");
      expect(server.logs).toContainEqual(
        expect.objectContaining({
          level: "warn",
          msg: "connection refused: the server is at its connection cap",
          maxConnections: 2,
        }),
      );
    } finally {
      for (const connection of held) connection.destroy();
      await server.close();
    }
  });
});
