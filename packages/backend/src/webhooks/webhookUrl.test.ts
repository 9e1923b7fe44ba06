import { describe, expect, it } from "vitest";
import { checkWebhookUrl, isNonPublicAddress } from "./webhookUrl.ts";

describe("isNonPublicAddress", () => {
  it.each([
    "10.1.2.3",
    "127.0.0.1",
    "169.254.169.254",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1%eth0",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "64:ff9b::10.0.0.1",
    "[::1]",
  ])("is true of %s", (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(["8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "is false of the public %s",
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );

  it("says nothing of names and of what is no address", () => {
    for (const text of ["example.com", "300.1.1.1", "1:2:3", "1::2::3", "g::1"]) {
      expect(isNonPublicAddress(text)).toBeUndefined();
    }
  });
});

describe("checkWebhookUrl", () => {
  const message = (text: string, allowPrivate = false) => {
    const checked = checkWebhookUrl(text, { allowPrivate });
    return "kind" in checked ? checked.message : "ok";
  };

  it("takes a public https URL", () => {
    expect(message("https://hooks.example.com/goalpost?team=cs")).toBe("ok");
  });

  it("refuses plain http to the internet, other schemes, credentials and non-URLs", () => {
    expect(message("http://hooks.example.com/x")).toMatch(/^url must be https \(plain http only/);
    expect(message("ftp://example.com/x")).toBe("url must be https, not ftp");
    expect(message("https://user:pw@example.com/x")).toMatch(/user name or password/);
    expect(message("hooks.example.com/x")).toMatch(/^url must be an absolute URL/);
  });

  it("refuses private, link-local and loopback hosts unless the deployment allows them", () => {
    for (const text of [
      "https://10.0.0.5/x",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]:8443/x",
      "https://[::ffff:192.168.0.1]/x",
      "http://127.0.0.1:9000/x",
      "http://localhost:9000/x",
    ]) {
      expect(message(text)).toMatch(/^url must be a public address/);
    }
    expect(message("http://127.0.0.1:9000/x", true)).toBe("ok");
    expect(message("https://10.0.0.5/x", true)).toBe("ok");
    // Allowed private addresses still take https, loopback aside.
    expect(message("http://10.0.0.5/x", true)).toMatch(/^url must be https/);
  });
});
