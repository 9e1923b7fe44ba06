import { describe, expect, it } from "vitest";
import { HttpsUrl } from "./catalog.ts";
import { Text } from "./primitives.ts";

const messages = (value: string) =>
  HttpsUrl.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("HttpsUrl", () => {
  it("accepts an https link with a host, its port, path, query and fragment", () => {
    for (const url of [
      "https://example.com",
      "https://example.com:8443/a/b?c=d#e",
      "https://x/🎯",
    ]) {
      expect(HttpsUrl.safeParse(url).data, url).toBe(url);
    }
  });

  it("refuses NUL and unpaired surrogates as every text does, in the host or the path", () => {
    for (const url of [
      "https://example.com/guide\u0000x",
      "https://exa\u0000mple.com/",
      "https://example.com/half-\ud83d",
      "https://example.com/?q=\udc00",
    ]) {
      expect(messages(url), JSON.stringify(url)).toContain(
        "must not contain NUL or unpaired surrogate characters",
      );
    }
  });

  it("refuses what is not an https link, and more than a text's length", () => {
    expect(messages("http://example.com/")).toEqual(["must be an https:// link"]);
    expect(messages("https://user@example.com/")).toEqual(["must be an https:// link"]);
    const long = `https://example.com/${"a".repeat(2000)}`;
    expect(HttpsUrl.safeParse(long).success).toBe(false);
    expect(Text.safeParse("plain text").success).toBe(true); // Text itself is unchanged
  });
});
